import { useState } from 'react';
import { downloadExport } from './api.ts';
import type { ExportFormat } from './api.ts';

/** The report as one HTML file (charts inline, opens offline, prints) or as CSV (document × option set). */
export function ExportButtons({
  projectId,
  projectName,
  keys,
}: {
  projectId: string;
  projectName: string;
  keys: readonly string[];
}) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    downloadExport(projectId, projectName, keys, format)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(null));
  };
  const none = keys.length === 0;
  return (
    <div className="report-exports">
      <button
        type="button"
        className="btn"
        data-testid="export-html"
        disabled={none || busy !== null}
        title="One HTML file with the charts inside: opens offline, prints well, for people without the app"
        onClick={() => save('html')}
      >
        {busy === 'html' ? 'Saving…' : 'Save as HTML'}
      </button>
      <button
        type="button"
        className="btn"
        data-testid="export-csv"
        disabled={none || busy !== null}
        title="CER and WER of each document under each option set, for a spreadsheet"
        onClick={() => save('csv')}
      >
        {busy === 'csv' ? 'Saving…' : 'Save as CSV'}
      </button>
      {error && (
        <span className="form-error" role="alert">
          The export failed: {error}
        </span>
      )}
    </div>
  );
}
