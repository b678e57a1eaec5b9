import { ActionButton } from '../actions/ActionButton.tsx';

/** The toolbar's Compare toggle, and its shortcut C. */
export function CompareButton() {
  return (
    <ActionButton
      action="toggleCompare"
      className="btn btn-ghost"
      data-testid="compare-toggle"
      aria-label="Compare two runs"
    >
      {/* An icon: the toolbar has no room for another label. */}
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <rect
          x="1.5"
          y="2.5"
          width="5.5"
          height="11"
          rx="1"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.3"
        />
        <rect
          x="9"
          y="2.5"
          width="5.5"
          height="11"
          rx="1"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.3"
        />
        <path d="M3 6h2.5M10.5 6H13M3 9h2.5M10.5 9h2.5" stroke="var(--accent)" strokeWidth="1.3" />
      </svg>
    </ActionButton>
  );
}
