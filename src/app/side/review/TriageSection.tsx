import { useMemo } from 'react';
import {
  documentConfidenceHistogram,
  doubtfulCountsPerPage,
  pageConfidenceHistogram,
} from '../../../model/review/triage.ts';
import { useDocumentData } from '../../document/documentData.tsx';
import { useUi } from '../../ui/uiStore.ts';
import { useReview } from '../../review/reviewStore.ts';
import { Histogram } from './Histogram.tsx';
import { ActionButton } from '../../actions/ActionButton.tsx';

/** Triage by confidence: page and document histograms, the doubtful-only filter, n / Shift+n. */
export function TriageSection() {
  const { doc } = useDocumentData();
  const page = useUi((s) => s.page);
  const thresholds = useUi((s) => s.thresholds);
  const filterBelow = useReview((s) => s.filterBelow);
  const triageBelow = useReview((s) => s.triageBelow);
  const { setFilterBelow, setTriageBelow } = useReview.getState();
  const below = filterBelow ?? triageBelow ?? thresholds.low;
  const counts = useMemo(() => (doc ? doubtfulCountsPerPage(doc, below) : null), [doc, below]);
  const pageHist = useMemo(() => (doc ? pageConfidenceHistogram(doc, page) : []), [doc, page]);
  const docHist = useMemo(() => (doc ? documentConfidenceHistogram(doc) : []), [doc]);
  if (!doc || !counts) return <p className="hint">Open a response to triage its words.</p>;

  const onPage = counts.get(page) ?? 0;
  const inDoc = [...counts.values()].reduce((a, b) => a + b, 0);
  return (
    <section className="review-section" aria-labelledby="triage-title">
      <h3 id="triage-title">Triage</h3>
      <div className="histo-pair">
        <Histogram
          bins={pageHist}
          title={`Page ${page + 1}`}
          thresholds={thresholds}
          doubtBelow={below}
          testId="histogram-page"
        />
        <Histogram
          bins={docHist}
          title="Document"
          thresholds={thresholds}
          doubtBelow={below}
          testId="histogram-document"
        />
      </div>
      <p data-testid="doubtful-count" data-page={onPage} data-document={inDoc} aria-live="polite">
        <strong>{onPage}</strong> doubtful on this page, <strong>{inDoc}</strong> in the document (below{' '}
        {Math.round(below * 1000) / 10}%)
      </p>
      <div className="review-row">
        <label className="check">
          <input
            type="checkbox"
            data-testid="filter-doubtful"
            checked={filterBelow !== null}
            onChange={(e) => setFilterBelow(e.target.checked ? below : null)}
          />
          Only words below
        </label>
        <label className="thr">
          <input
            type="number"
            className="num"
            min={0}
            max={100}
            step={1}
            aria-label="Doubtful below (%)"
            data-testid="filter-below"
            value={Math.round(below * 1000) / 10}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (Number.isFinite(v) && v >= 0 && v <= 100) setTriageBelow(v / 100);
            }}
          />
          <span>%</span>
        </label>
      </div>
      <div className="review-row">
        <ActionButton
          action="prevDoubtful"
          className="btn btn-sm"
          data-testid="prev-doubtful"
          disabled={inDoc === 0}
        >
          {(kbd) => <>← Previous doubtful {kbd}</>}
        </ActionButton>
        <ActionButton
          action="nextDoubtful"
          className="btn btn-sm"
          data-testid="next-doubtful"
          disabled={inDoc === 0}
        >
          {(kbd) => <>Next doubtful {kbd} →</>}
        </ActionButton>
      </div>
    </section>
  );
}
