import { useUi } from '../state/uiStore.ts';
import type { SideTab } from '../state/uiStore.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Inspector } from './Inspector.tsx';
import { TextPanel } from './TextPanel.tsx';
import { TableView } from './TableView.tsx';
import { JsonView } from './JsonView.tsx';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'inspector', label: 'Inspector' },
  { id: 'text', label: 'Text' },
  { id: 'tables', label: 'Tables' },
  { id: 'json', label: 'JSON' },
];

/** The right-hand panel: one tab mounted at a time (keeps big documents cheap). */
export function SidePanel() {
  const tab = useUi((s) => s.tab);
  const setTab = useUi((s) => s.setTab);
  return (
    <aside className="side">
      <div className="tabs" role="tablist">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            className={tab === t.id ? 'tab on' : 'tab'}
            data-testid={`tab-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="side-body" role="tabpanel">
        <ErrorBoundary label={`The ${tab} panel`} resetKey={tab}>
          {tab === 'inspector' && <Inspector />}
          {tab === 'text' && <TextPanel />}
          {tab === 'tables' && <TableView />}
          {tab === 'json' && <JsonView />}
        </ErrorBoundary>
      </div>
    </aside>
  );
}
