import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { StoredDocument } from './schemas.ts';
import { DocumentRow, ROW_HEIGHT } from './DocumentRow.tsx';

/** The project's documents, virtualised: only the rows on screen exist, so 5,000 scroll smoothly. */
export function DocumentList({
  projectId,
  rows,
  shown,
  doubtfulBelow,
}: {
  projectId: string;
  rows: readonly StoredDocument[];
  shown: string;
  doubtfulBelow: number;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (i) => rows[i].id,
    // A first frame before the scroller is measured still shows a screenful.
    initialRect: { width: 1200, height: 800 },
  });
  return (
    <div className="doc-table" role="table" aria-label="Documents" aria-rowcount={rows.length}>
      <div className="doc-row doc-row-head" role="row">
        <span role="columnheader" />
        <span role="columnheader">Name</span>
        <span role="columnheader" className="doc-num">
          Pages
        </span>
        <span role="columnheader" className="run-chips">
          Runs
        </span>
        <span
          role="columnheader"
          className="doc-num"
          title="Mean word confidence of the shown option set's run"
        >
          Confidence
        </span>
        <span role="columnheader" className="doc-num" title="Words below the low confidence threshold">
          Doubtful
        </span>
        <span role="columnheader" />
      </div>
      <div className="doc-scroll" ref={scroller} data-testid="document-list" data-count={rows.length}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => (
            <DocumentRow
              key={v.key}
              projectId={projectId}
              doc={rows[v.index]}
              index={v.index}
              top={v.start}
              shown={shown}
              doubtfulBelow={doubtfulBelow}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
