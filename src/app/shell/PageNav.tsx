import { useDocumentData } from '../document/documentData.tsx';
import { useUi } from '../ui/uiStore.ts';

/** Floating page navigator over the canvas (PgUp/PgDn do the same). */
export function PageNav() {
  const { pages } = useDocumentData();
  const page = useUi((s) => s.page);
  const setPage = useUi((s) => s.setPage);
  if (pages.length < 2) return null;
  return (
    <nav className="page-nav" data-testid="page-nav" aria-label="Page navigation">
      <button
        type="button"
        className="icon-btn"
        title="Previous page (PgUp)"
        aria-label="Previous page"
        aria-keyshortcuts="PageUp"
        disabled={page === 0}
        onClick={() => setPage(page - 1)}
      >
        ‹
      </button>
      <span data-testid="page-indicator" aria-live="polite">
        {page + 1} / {pages.length}
      </span>
      <button
        type="button"
        className="icon-btn"
        title="Next page (PgDn)"
        aria-label="Next page"
        aria-keyshortcuts="PageDown"
        disabled={page >= pages.length - 1}
        onClick={() => setPage(page + 1)}
      >
        ›
      </button>
    </nav>
  );
}
