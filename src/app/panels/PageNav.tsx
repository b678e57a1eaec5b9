import { useDocumentData } from '../state/documentData.tsx';
import { useUi } from '../state/uiStore.ts';

/** Floating page navigator over the canvas (PgUp/PgDn do the same). */
export function PageNav() {
  const { pages } = useDocumentData();
  const page = useUi((s) => s.page);
  const setPage = useUi((s) => s.setPage);
  if (pages.length < 2) return null;
  return (
    <div className="page-nav" data-testid="page-nav">
      <button
        type="button"
        className="icon-btn"
        title="Previous page (PgUp)"
        disabled={page === 0}
        onClick={() => setPage(page - 1)}
      >
        ‹
      </button>
      <span data-testid="page-indicator">
        {page + 1} / {pages.length}
      </span>
      <button
        type="button"
        className="icon-btn"
        title="Next page (PgDn)"
        disabled={page >= pages.length - 1}
        onClick={() => setPage(page + 1)}
      >
        ›
      </button>
    </div>
  );
}
