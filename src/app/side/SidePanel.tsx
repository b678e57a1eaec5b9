import { lazy, Suspense } from 'react';
import { useUi } from '../ui/uiStore.ts';
import type { SideTab } from '../ui/uiStore.ts';
import { ErrorBoundary } from '../lib/ErrorBoundary.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import './side.css';

// The first tab comes with the viewer; the others load when first chosen.
const TextPanel = lazy(() => import('./text/TextPanel.tsx').then((m) => ({ default: m.TextPanel })));
const TableView = lazy(() => import('./tables/TableView.tsx').then((m) => ({ default: m.TableView })));
const JsonView = lazy(() => import('./json/JsonView.tsx').then((m) => ({ default: m.JsonView })));
const ReviewPanel = lazy(() => import('./review/ReviewPanel.tsx').then((m) => ({ default: m.ReviewPanel })));
const ScorePanel = lazy(() => import('./score/ScorePanel.tsx').then((m) => ({ default: m.ScorePanel })));

const TABS: { id: SideTab; label: string }[] = [
  { id: 'inspector', label: 'Inspector' },
  { id: 'text', label: 'Text' },
  { id: 'tables', label: 'Tables' },
  { id: 'json', label: 'JSON' },
  { id: 'review', label: 'Review' },
  { id: 'score', label: 'Score' },
];

/** The right-hand panel: one tab mounted at a time (keeps big documents cheap). */
export function SidePanel() {
  const tab = useUi((s) => s.tab);
  const setTab = useUi((s) => s.setTab);
  return (
    <aside className="side">
      <div
        className="tabs"
        role="tablist"
        aria-label="Side panel"
        onKeyDown={(e) => {
          // Arrow keys move between tabs (the ARIA tabs pattern), not the page.
          const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
          if (!step) return;
          e.preventDefault();
          e.stopPropagation();
          const next = TABS[(TABS.findIndex((t) => t.id === tab) + step + TABS.length) % TABS.length].id;
          setTab(next);
          document.getElementById(`tab-${next}`)?.focus();
        }}
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-controls="side-tabpanel"
            aria-selected={tab === t.id}
            tabIndex={tab === t.id ? 0 : -1}
            className={tab === t.id ? 'tab on' : 'tab'}
            data-testid={`tab-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="side-body" role="tabpanel" id="side-tabpanel" aria-labelledby={`tab-${tab}`}>
        <ErrorBoundary label={`The ${tab} panel`} resetKey={tab}>
          {tab === 'inspector' && <Inspector />}
          <Suspense fallback={<p className="muted">Loading…</p>}>
            {tab === 'text' && <TextPanel />}
            {tab === 'tables' && <TableView />}
            {tab === 'json' && <JsonView />}
            {tab === 'review' && <ReviewPanel />}
            {tab === 'score' && <ScorePanel />}
          </Suspense>
        </ErrorBoundary>
      </div>
    </aside>
  );
}
