import { useState } from 'react';
import { useDocumentData } from '../../document/documentData.tsx';
import { useDocStore } from '../../document/docStore.ts';
import { useUi } from '../../ui/uiStore.ts';
import { csvTable } from '../../review/exportTargets.ts';
import { exportCsv, exportJson, exportPng, exportText } from '../../review/exportActions.ts';

/** Downloads: raw JSON, plain text, the selected table as CSV, and the current view as PNG. */
export function ExportSection() {
  const { doc, raw, source } = useDocumentData();
  const savedName = useDocStore((s) => s.saved?.name ?? null);
  const selection = useUi((s) => s.selection);
  const page = useUi((s) => s.page);
  const [spans, setSpans] = useState<'repeat' | 'blank'>('repeat');
  const name = source?.name ?? savedName;
  const table = doc ? csvTable(doc, selection, page) : null;
  return (
    <section className="review-section" aria-labelledby="export-title">
      <h3 id="export-title">Export</h3>
      <div className="review-row wrap">
        <button
          type="button"
          className="btn btn-sm"
          data-testid="export-json"
          disabled={raw === undefined}
          onClick={() => exportJson(raw, name)}
        >
          Raw JSON
        </button>
        <button
          type="button"
          className="btn btn-sm"
          data-testid="export-text"
          disabled={!doc}
          title="Lines and paragraphs; pages separated by form feeds"
          onClick={() => doc && exportText(doc, name)}
        >
          Plain text
        </button>
        <button
          type="button"
          className="btn btn-sm"
          data-testid="export-png"
          disabled={!doc && !source}
          aria-keyshortcuts="Shift+S"
          title="The current view with its boxes and marks, at twice the screen resolution"
          onClick={() => void exportPng(name, page)}
        >
          Annotated PNG
        </button>
      </div>
      <fieldset className="review-row wrap">
        <legend>Table CSV {table === null ? '(no table)' : `(table ${table + 1})`}</legend>
        <label className="check">
          <input
            type="radio"
            name="csv-spans"
            data-testid="csv-spans-repeat"
            checked={spans === 'repeat'}
            onChange={() => setSpans('repeat')}
          />
          Merged cells repeat their value
        </label>
        <label className="check">
          <input
            type="radio"
            name="csv-spans"
            data-testid="csv-spans-blank"
            checked={spans === 'blank'}
            onChange={() => setSpans('blank')}
          />
          Leave blanks
        </label>
        <button
          type="button"
          className="btn btn-sm"
          data-testid="export-csv"
          disabled={table === null}
          onClick={() => doc && exportCsv(doc, selection, page, spans, name)}
        >
          Download CSV
        </button>
      </fieldset>
    </section>
  );
}
