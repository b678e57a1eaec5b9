import { useState } from 'react';
import { MAX_PDF_PAGES } from '../../clova/index.ts';
import { useUi } from '../ui/uiStore.ts';
import { useDocumentData } from '../document/documentData.tsx';
import { clampRange } from '../run/runOptions.ts';

/** A PDF over 10 pages: which (at most 10) pages to send. Pages are 1-based here, 0-based in the store. */
export function PdfRangeDialog() {
  const openDialog = useUi((s) => s.rangeDialogOpen);
  const setOpen = useUi((s) => s.setRangeDialogOpen);
  const current = useUi((s) => s.page);
  const { source } = useDocumentData();
  if (!openDialog || !source) return null;
  return <RangeForm pageCount={source.pages.length} start={current} onClose={() => setOpen(false)} />;
}

function RangeForm({ pageCount, start, onClose }: { pageCount: number; start: number; onClose: () => void }) {
  const setOptions = useUi((s) => s.setOptions);
  const requestRun = useUi((s) => s.requestRun);
  const [initialA, initialB] = clampRange([start, start + MAX_PDF_PAGES - 1], pageCount);
  const [from, setFrom] = useState(initialA + 1);
  const [to, setTo] = useState(initialB + 1);
  const [a, b] = clampRange([from - 1, to - 1], pageCount);
  const valid = from >= 1 && to >= from && to - from < MAX_PDF_PAGES && to <= pageCount;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    setOptions({ range: [a, b] });
    onClose();
    requestRun();
  };

  return (
    <div className="modal-backdrop" role="presentation" onClick={onClose}>
      <form
        className="modal"
        role="dialog"
        aria-label="Pages to send"
        data-testid="range-dialog"
        onClick={(e) => e.stopPropagation()}
        onSubmit={submit}
      >
        <h3>This PDF has {pageCount} pages</h3>
        <p className="muted">
          CLOVA recognises at most {MAX_PDF_PAGES} pages per call. Choose which ones to send.
        </p>
        <div className="range-row">
          <label>
            From page
            <input
              type="number"
              className="num"
              min={1}
              max={pageCount}
              value={from}
              onChange={(e) => setFrom(Number(e.target.value))}
              data-testid="range-from"
            />
          </label>
          <label>
            to
            <input
              type="number"
              className="num"
              min={1}
              max={pageCount}
              value={to}
              onChange={(e) => setTo(Number(e.target.value))}
              data-testid="range-to"
            />
          </label>
        </div>
        {!valid && (
          <p className="error-text">
            Choose 1 to {MAX_PDF_PAGES} pages between 1 and {pageCount}.
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={!valid} data-testid="range-ok">
            Send pages {from}–{to}
          </button>
        </div>
      </form>
    </div>
  );
}
