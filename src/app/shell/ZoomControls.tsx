import { fitPage, fitWidth, zoomAt } from '../../model/index.ts';
import { useUi } from '../ui/uiStore.ts';
import { useDocumentData } from '../document/documentData.tsx';
import { stageSize } from '../lib/stageElement.ts';

/** Zoom out/in, the zoom level, fit page and fit width. */
export function ZoomControls() {
  const scale = useUi((s) => s.view.scale);
  const fitMode = useUi((s) => s.fitMode);
  const pageIndex = useUi((s) => s.page);
  const { pages } = useDocumentData();
  const page = pages[pageIndex];
  const zoom = (f: number) => {
    const vp = stageSize();
    const ui = useUi.getState();
    ui.setView(zoomAt(ui.view, f, { x: vp.width / 2, y: vp.height / 2 }));
  };
  const fit = (mode: 'page' | 'width') => {
    if (!page) return;
    const vp = stageSize();
    const f = mode === 'page' ? fitPage : fitWidth;
    useUi.getState().setView(f(page.width, page.height, vp.width, vp.height), mode);
  };
  return (
    <div className="zoom" role="group" aria-label="Zoom">
      <button
        type="button"
        className="icon-btn"
        title="Zoom out (−)"
        aria-label="Zoom out"
        aria-keyshortcuts="-"
        onClick={() => zoom(0.8)}
        disabled={!page}
      >
        −
      </button>
      <span className="zoom-level" data-testid="zoom-level" aria-label="Zoom level">
        {Math.round(scale * 100)}%
      </span>
      <button
        type="button"
        className="icon-btn"
        title="Zoom in (+)"
        aria-label="Zoom in"
        aria-keyshortcuts="+"
        onClick={() => zoom(1.25)}
        disabled={!page}
      >
        +
      </button>
      <button
        type="button"
        className={fitMode === 'page' ? 'btn btn-ghost on' : 'btn btn-ghost'}
        title="Fit page (0)"
        onClick={() => fit('page')}
        disabled={!page}
      >
        Fit
      </button>
      <button
        type="button"
        className={fitMode === 'width' ? 'btn btn-ghost on' : 'btn btn-ghost'}
        title="Fit width (1)"
        onClick={() => fit('width')}
        disabled={!page}
      >
        Width
      </button>
    </div>
  );
}
