import { useDocumentData } from '../document/documentData.tsx';
import { useUi } from '../ui/uiStore.ts';
import { ActionButton } from '../actions/ActionButton.tsx';
import './canvasControls.css';

/** Floating page navigator over the canvas (PgUp/PgDn do the same). */
export function PageNav() {
  const { pages } = useDocumentData();
  const page = useUi((s) => s.page);
  if (pages.length < 2) return null;
  return (
    <nav className="page-nav" data-testid="page-nav" aria-label="Page navigation">
      <ActionButton action="prevPage" className="icon-btn" aria-label="Previous page">
        ‹
      </ActionButton>
      <span data-testid="page-indicator" aria-live="polite">
        {page + 1} / {pages.length}
      </span>
      <ActionButton action="nextPage" className="icon-btn" aria-label="Next page">
        ›
      </ActionButton>
    </nav>
  );
}
