import type { DocumentModel } from '../../../model/index.ts';
import { ConfidenceBadge } from '../widgets/ConfidenceBadge.tsx';
import { Vertices } from './Inspector.tsx';

/** A table cell: row/column index and spans, its text, and its lines and words with confidences. */
export function CellDetails({ doc, cellId }: { doc: DocumentModel; cellId: number }) {
  const c = doc.cells[cellId];
  if (!c) return null;
  const table = doc.tables[c.tableId];
  const tableNo = table
    ? (doc.pages.find((p) => p.index === c.pageIndex)?.tableIds.indexOf(table.id) ?? 0)
    : 0;
  return (
    <>
      <header className="insp-head">
        <span className="kind-tag kind-cell">Cell</span>
        <div className="insp-text" data-testid="inspector-text">
          {c.text || <span className="muted">(empty cell)</span>}
        </div>
      </header>
      <dl className="props">
        <dt>Row</dt>
        <dd data-testid="cell-row">{c.rowIndex}</dd>
        <dt>Column</dt>
        <dd data-testid="cell-column">{c.columnIndex}</dd>
        <dt>Spans</dt>
        <dd>
          {c.rowSpan} row{c.rowSpan === 1 ? '' : 's'} × {c.columnSpan} column{c.columnSpan === 1 ? '' : 's'}
        </dd>
        <dt>Confidence</dt>
        <dd>
          <ConfidenceBadge value={c.confidence} bar />
        </dd>
        <dt>Table</dt>
        <dd>
          {tableNo + 1} on page {c.pageIndex + 1}
          {table && (
            <span className="muted">
              {' '}
              ({table.rowCount} × {table.columnCount})
            </span>
          )}
        </dd>
      </dl>
      <h4 className="sub">Lines and words</h4>
      {c.lines.length === 0 && <p className="muted">No text in this cell.</p>}
      <ol className="cell-lines">
        {c.lines.map((l, i) => (
          <li key={i}>
            <div className="cell-line-head">
              <span>{l.text}</span>
              <ConfidenceBadge value={l.confidence} />
            </div>
            <div className="chips">
              {l.words.map((w, j) => (
                <span key={j} className="chip static">
                  {w.text}
                  <ConfidenceBadge value={w.confidence} />
                </span>
              ))}
            </div>
          </li>
        ))}
      </ol>
      <Vertices poly={c.poly} />
    </>
  );
}
