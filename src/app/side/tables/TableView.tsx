import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { DocumentModel } from '../../../model/index.ts';
import { rowAndColumnCells, tableGrid } from '../../../model/document/tables.ts';
import { usePanelData } from '../../document/documentData.tsx';
import { useUi } from '../../ui/uiStore.ts';
import { hoverStore } from '../../ui/hoverStore.ts';
import type { Target } from '../../../model/document/target.ts';
import { targetFromElement, useHoverClass } from '../widgets/useHoverClass.ts';
import { ConfidenceBadge } from '../widgets/ConfidenceBadge.tsx';
import { CellDetails } from '../inspector/CellDetails.tsx';
import './tables.css';

const selector = (t: Target) =>
  t.kind === 'cell' || t.kind === 'table' ? `[data-target-kind="${t.kind}"][data-target-id="${t.id}"]` : null;

/**
 * Each table of the page as an HTML table honouring rowSpan/columnSpan (CLOVA lists cells column
 * by column; tableGrid puts them in rows). Synced with the canvas: hover, click, row and column.
 */
export function TableView() {
  const { doc } = usePanelData();
  const pageIndex = useUi((s) => s.page);
  const selection = useUi((s) => s.selection);
  const select = useUi((s) => s.select);
  const root = useRef<HTMLDivElement>(null);
  const page = doc?.pages.find((p) => p.index === pageIndex) ?? null;
  useHoverClass(root, selector);

  const related = useMemo(
    () => new Set(doc && selection?.kind === 'cell' ? rowAndColumnCells(doc, selection.id) : []),
    [doc, selection],
  );

  useEffect(() => {
    if (selection?.kind !== 'cell') return;
    root.current
      ?.querySelector(`[data-target-kind="cell"][data-target-id="${selection.id}"]`)
      ?.scrollIntoView({
        block: 'nearest',
        inline: 'nearest',
        behavior: 'smooth',
      });
  }, [selection]);

  const onOver = useCallback((e: React.MouseEvent) => hoverStore.set(targetFromElement(e.target)), []);
  const onLeave = useCallback(() => hoverStore.set(null), []);
  const onClick = useCallback((e: React.MouseEvent) => select(targetFromElement(e.target)), [select]);

  const tableIds = page?.tableIds ?? [];
  return (
    <section className="table-view" data-testid="table-view" data-tables={tableIds.length}>
      {tableIds.length === 0 ? (
        <div className="empty-panel">
          <p className="hint">
            No table on this page. Tables come back when <strong>Tables</strong> (enableTableDetection) is on.
          </p>
        </div>
      ) : (
        <div ref={root} onMouseOver={onOver} onMouseLeave={onLeave} onClick={onClick}>
          {tableIds.map((tid, i) => (
            <Grid key={tid} doc={doc!} tableId={tid} n={i + 1} selection={selection} related={related} />
          ))}
        </div>
      )}
      {doc && selection?.kind === 'cell' && (
        <div className="cell-pane" data-testid="table-cell-details">
          <CellDetails doc={doc} cellId={selection.id} />
        </div>
      )}
    </section>
  );
}

function Grid({
  doc,
  tableId,
  n,
  selection,
  related,
}: {
  doc: DocumentModel;
  tableId: number;
  n: number;
  selection: Target | null;
  related: Set<number>;
}) {
  const table = doc.tables[tableId];
  const grid = useMemo(() => tableGrid(doc, tableId), [doc, tableId]);
  return (
    <div className="grid-wrap">
      <div className="grid-head" data-target-kind="table" data-target-id={tableId}>
        <strong>Table {n}</strong>
        <span className="muted">
          {table.rowCount} × {table.columnCount} · {table.cellIds.length} cells
        </span>
        <ConfidenceBadge value={table.confidence} />
      </div>
      <div className="grid-scroll">
        <table className="grid">
          <tbody>
            {grid.map((row, r) => (
              <tr key={r}>
                <th className="grid-rowno">{r}</th>
                {row.map((g, c) => {
                  if (g === null) return null;
                  if (g.cellId < 0) return <td key={c} className="hole" title="No cell here" />;
                  const cell = doc.cells[g.cellId];
                  const on = selection?.kind === 'cell' && selection.id === g.cellId;
                  const cls = on ? 'selected' : related.has(g.cellId) ? 'related' : '';
                  return (
                    <td
                      key={c}
                      rowSpan={g.rowSpan}
                      colSpan={g.colSpan}
                      className={cls}
                      data-target-kind="cell"
                      data-target-id={g.cellId}
                      data-row={cell.rowIndex}
                      data-col={cell.columnIndex}
                      title={`row ${cell.rowIndex}, column ${cell.columnIndex}`}
                    >
                      {cell.text || <span className="muted">·</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
