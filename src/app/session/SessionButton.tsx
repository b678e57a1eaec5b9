import { useState } from 'react';
import { useDocStore } from '../state/docStore.ts';
import { useUi } from '../state/uiStore.ts';
import { saveSession } from './saveSession.ts';

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
      title="Save the document, its OCR runs and the view as one file; open it to come back here with no OCR call"
      onClick={() => {
        setBusy(true);
        saveSession()
          .catch((e: unknown) => useUi.getState().setNotice(`The session could not be saved: ${String(e)}`))
          .finally(() => setBusy(false));
      }}
    >
      Save session
    </button>
  );
}
