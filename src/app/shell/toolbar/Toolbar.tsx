import { useDocStore } from '../../document/docStore.ts';
import { OpenButton } from './OpenButton.tsx';
import { OptionsBar } from './OptionsBar.tsx';
import { RunButton } from './RunButton.tsx';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';
import { SamplesMenu } from '../../samples/SamplesMenu.tsx';
import { CompareButton } from '../../compare/CompareButton.tsx';
import { SessionButton } from '../../share/SessionButton.tsx';
import './toolbar.css';
import { ProjectsButton } from '../../projects/ProjectsButton.tsx';
import { ActionButton } from '../../actions/ActionButton.tsx';

/** Top bar: open, options, run. The shown-response switch and zoom float over the canvas (App). */
export function Toolbar() {
  const source = useDocStore((s) => s.source);
  const saved = useDocStore((s) => s.saved);
  const opening = useDocStore((s) => s.opening);
  const name = source?.name ?? saved?.name ?? null;
  return (
    <header className="toolbar">
      <div className="brand">
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
          <rect
            x="2"
            y="2"
            width="16"
            height="16"
            rx="4"
            fill="none"
            stroke="var(--accent)"
            strokeWidth="1.6"
          />
          <path d="M6 7h8M6 10h5M6 13h7" stroke="var(--text)" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <span>OCR Inspector</span>
      </div>
      <OpenButton />
      <SamplesMenu />
      <ProjectsButton />
      {(name || opening) && (
        <span
          className="file-chip"
          title={source && saved ? `${source.name} + ${saved.name}` : (name ?? '')}
          data-testid="file-name"
        >
          {opening ? 'Opening…' : name}
          {source && saved && <span className="file-chip-extra"> + {saved.name}</span>}
        </span>
      )}
      <div className="toolbar-sep" />
      <OptionsBar />
      <RunButton />
      <CompareButton />
      <ActionButton action="toggleProofreading" className="btn" data-testid="proofread-button">
        {(kbd) => <>Proofread {kbd}</>}
      </ActionButton>
      <SessionButton />
      <div className="toolbar-spacer" />
      <ShortcutsHelp />
    </header>
  );
}
