import { useUi } from '../ui/uiStore.ts';
import { ActionButton } from '../actions/ActionButton.tsx';
import './canvasControls.css';

/** Zoom out/in, the zoom level, fit page and fit width (the registry's view actions). */
export function ZoomControls() {
  const scale = useUi((s) => s.view.scale);
  return (
    <div className="zoom" role="group" aria-label="Zoom">
      <ActionButton action="zoomOut" className="icon-btn" aria-label="Zoom out">
        −
      </ActionButton>
      <span className="zoom-level" data-testid="zoom-level" aria-label="Zoom level">
        {Math.round(scale * 100)}%
      </span>
      <ActionButton action="zoomIn" className="icon-btn" aria-label="Zoom in">
        +
      </ActionButton>
      <ActionButton action="fitPage" className="btn btn-ghost">
        Fit
      </ActionButton>
      <ActionButton action="fitWidth" className="btn btn-ghost">
        Width
      </ActionButton>
    </div>
  );
}
