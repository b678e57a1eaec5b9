import { DocStats } from './DocStats.tsx';
import { LayerToggles } from './LayerToggles.tsx';
import { Legend } from './Legend.tsx';
import { OpacityControl } from './OpacityControl.tsx';

/** Bottom bar: document counts, layers, the confidence legend with thresholds, and opacity. */
export function StatusBar() {
  return (
    <footer className="statusbar">
      <DocStats />
      <div className="toolbar-spacer" />
      <LayerToggles />
      <Legend />
      <OpacityControl />
    </footer>
  );
}
