import { useState } from 'react';
import { useDocStore } from '../document/docStore.ts';
import { useUi } from '../ui/uiStore.ts';

// Building the session file (its runs, the view, the file's bytes) loads on the first save.
const saveSession = () => import('./saveSession.ts').then((m) => m.saveSession());

/** "Save session": downloads a .ocrsession.json that reopens this document, its runs and view with no OCR call. */
export function SessionButton() {
  const hasDoc = useDocStore((s) => s.source !== null || s.saved !== null);
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="btn btn-ghost"
      data-testid="save-session"
      disabled={!hasDoc || busy}
      title="Save session: the document, its OCR runs and the view as one file; open it to come back here with no OCR call"
      aria-label="Save session"
      onClick={() => {
        setBusy(true);
        saveSession()
          .catch((e: unknown) => useUi.getState().setNotice(`The session could not be saved: ${String(e)}`))
          .finally(() => setBusy(false));
      }}
    >
      {/* An icon: the toolbar has no room for another label. */}
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <path
          d="M3 2.5h8l2.5 2.5v8.5H2.5v-11z M5 2.5v3.5h5V2.5 M4.5 13.5V9.5h7v4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.3"
          strokeLinejoin="round"
        />
      </svg>
    </button>
  );
}
