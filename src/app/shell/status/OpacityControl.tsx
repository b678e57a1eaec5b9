import { useUi } from '../../ui/uiStore.ts';

/** Overlay opacity, so the page underneath can be read through the boxes. */
export function OpacityControl() {
  const opacity = useUi((s) => s.opacity);
  const setOpacity = useUi((s) => s.setOpacity);
  return (
    <label className="opacity" title="Overlay opacity">
      <span className="field-label">Opacity</span>
      <input
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={opacity}
        data-testid="opacity"
        onChange={(e) => setOpacity(Number(e.target.value))}
      />
      <span className="muted num-label">{Math.round(opacity * 100)}%</span>
    </label>
  );
}
