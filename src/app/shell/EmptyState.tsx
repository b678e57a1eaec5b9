import { OpenButton } from './toolbar/OpenButton.tsx';
import { SamplesGallery } from '../samples/SamplesGallery.tsx';
import './emptyState.css';
import { ProjectsButton } from '../projects/ProjectsButton.tsx';

/** What the canvas shows before anything is open: an invitation to drop, pick or paste. */
export function EmptyState() {
  return (
    <div className="empty" data-testid="empty-state">
      <div className="empty-card">
        <svg width="56" height="56" viewBox="0 0 56 56" aria-hidden="true">
          <rect
            x="10"
            y="6"
            width="36"
            height="44"
            rx="4"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
          <rect x="16" y="14" width="18" height="5" rx="1" fill="none" stroke="var(--ok)" strokeWidth="1.6" />
          <rect
            x="16"
            y="23"
            width="24"
            height="5"
            rx="1"
            fill="none"
            stroke="var(--warn)"
            strokeWidth="1.6"
          />
          <rect
            x="16"
            y="32"
            width="14"
            height="5"
            rx="1"
            fill="none"
            stroke="var(--bad)"
            strokeWidth="1.6"
          />
        </svg>
        <h2>Drop a document to inspect its OCR</h2>
        <p>
          JPG, PNG, PDF or TIFF up to 50 MB, then <strong>Run OCR</strong>. Or drop a saved CLOVA response
          <code>.json</code> — on its own, or together with its document.
        </p>
        <div className="empty-actions">
          <OpenButton label="Choose files…" primary />
          <ProjectsButton primary />
          <span className="muted">
            or paste with <kbd>Ctrl</kbd>+<kbd>V</kbd>
          </span>
        </div>
        <h3 className="samples-heading">Or try a sample</h3>
        <SamplesGallery />
      </div>
    </div>
  );
}
