import { useEffect, useRef } from 'react';
import { useUi } from '../../ui/uiStore.ts';
import { useRunProgress } from '../../run/progressStore.ts';
import { useDocumentData } from '../../document/documentData.tsx';
import { useRunAction } from '../../run/useRunAction.ts';

/** Run OCR, with upload progress, the recognition phase, and cancel. */
export function RunButton() {
  const data = useDocumentData();
  const { source, run } = data;
  const phase = useRunProgress((s) => s.phase);
  const start = useRunAction(data);
  const runRequest = useUi((s) => s.runRequest);
  const handled = useRef(runRequest);

  // A run asked for elsewhere (the page-range dialog) starts here, once the new options are in.
  useEffect(() => {
    if (runRequest === handled.current) return;
    handled.current = runRequest;
    start();
  }, [runRequest, start]);

  if (run.running) {
    const label = phase?.phase === 'uploading' ? `Uploading ${phase.percent}%` : 'Recognising…';
    const pct = phase?.phase === 'uploading' ? phase.percent : 100;
    return (
      <div className="run-progress" data-testid="run-progress" data-phase={phase?.phase ?? 'starting'}>
        <div className="run-progress-bar">
          <div
            className={
              phase?.phase === 'recognising' ? 'run-progress-fill indeterminate' : 'run-progress-fill'
            }
            style={{ width: `${pct}%` }}
          />
        </div>
        <span className="run-progress-label" role="status" aria-live="polite">
          {label}
        </span>
        <button type="button" className="btn btn-ghost" data-testid="cancel-run" onClick={run.cancel}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <button
      type="button"
      className="btn btn-primary"
      data-testid="run-ocr"
      disabled={!source || !run.opts.engine}
      title={source ? 'Run OCR (Ctrl+Enter)' : 'Open a document to run OCR'}
      aria-keyshortcuts="Control+Enter"
      onClick={start}
    >
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
        <path d="M3 1.5v9l7.5-4.5z" fill="currentColor" />
      </svg>
      Run OCR
    </button>
  );
}
