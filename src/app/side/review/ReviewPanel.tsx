import { TriageSection } from './TriageSection.tsx';
import { ExportSection } from './ExportSection.tsx';

/** The side panel's Review tab: triage by confidence, then exports. */
export function ReviewPanel() {
  return (
    <div className="review-panel" data-testid="review-panel">
      <TriageSection />
      <ExportSection />
    </div>
  );
}
