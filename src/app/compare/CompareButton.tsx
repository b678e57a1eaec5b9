import { useEffect } from 'react';
import { useDocStore } from '../document/docStore.ts';
import { isTypingTarget } from '../lib/isTypingTarget.ts';
import { completes } from '../loaders/loadJson.ts';
import { useCompare } from './compareStore.ts';

/** The toolbar's Compare toggle, and its shortcut C. */
export function CompareButton() {
  const open = useCompare((s) => s.open);
  const toggle = useCompare((s) => s.toggle);
  const hasDoc = useDocStore((s) => s.source !== null || s.saved !== null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'c' || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      if (isTypingTarget(e.target) || !useDocStore.getState().source) return;
      e.preventDefault();
      useCompare.getState().toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // A new document starts on its page, not in compare.
  useEffect(
    () =>
      useDocStore.subscribe((s, prev) => {
        if (s.source !== prev.source || (s.saved !== prev.saved && !completes(prev.saved, s.saved)))
          useCompare.getState().setOpen(false);
      }),
    [],
  );
  return (
    <button
      type="button"
      className={open ? 'btn btn-ghost on' : 'btn btn-ghost'}
      data-testid="compare-toggle"
      aria-pressed={open}
      disabled={!hasDoc}
      title="Compare two runs side by side (C)"
      aria-label="Compare two runs"
      aria-keyshortcuts="C"
      onClick={toggle}
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
    </button>
  );
}
