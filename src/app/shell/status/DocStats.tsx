import { useMemo } from 'react';
import { documentStats } from '../../../model/document/stats.ts';
import { usePanelData } from '../../document/documentData.tsx';
import { formatCount, formatPercent } from '../../lib/format.ts';

/**
 * Counts of the whole document as loaded (not a filtered view), shown and exposed as data-*
 * attributes for automation.
 */
export function DocStats() {
  const { doc, pages, origin } = usePanelData();
  const s = useMemo(() => (doc ? documentStats(doc) : null), [doc]);
  const pageCount = Math.max(s?.pages ?? 0, pages.length);
  const geometry = doc?.pages.some((p) => p.lineSource === 'geometry' && p.wordIds.length > 0) ?? false;
  const item = (n: number, one: string, many: string) => (
    <span className="stat">
      <b>{formatCount(n)}</b> {n === 1 ? one : many}
    </span>
  );
  return (
    <div
      className="doc-stats"
      data-testid="doc-stats"
      data-pages={pageCount}
      data-words={s?.words ?? 0}
      data-lines={s?.lines ?? 0}
      data-paragraphs={s?.paragraphs ?? 0}
      data-tables={s?.tables ?? 0}
      data-cells={s?.cells ?? 0}
      data-mean-confidence={s?.meanConfidence ?? 0}
      data-origin={origin ?? ''}
      data-response-version={doc?.version ?? ''}
    >
      {item(pageCount, 'page', 'pages')}
      {item(s?.words ?? 0, 'word', 'words')}
      {item(s?.lines ?? 0, 'line', 'lines')}
      {geometry && (
        <span
          className="note"
          title="No lineBreak flags in this response (V1, or V2 from 2020): lines were grouped by geometry"
        >
          geometry
        </span>
      )}
      {item(s?.paragraphs ?? 0, 'paragraph', 'paragraphs')}
      {item(s?.tables ?? 0, 'table', 'tables')}
      {item(s?.cells ?? 0, 'cell', 'cells')}
      <span className="stat">
        mean <b>{s && s.words > 0 ? formatPercent(s.meanConfidence) : '—'}</b>
      </span>
    </div>
  );
}
