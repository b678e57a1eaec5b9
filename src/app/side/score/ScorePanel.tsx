import { splitTruthPages } from '../../../model/review/score.ts';
import { useDocumentData } from '../../document/documentData.tsx';
import { useUi } from '../../ui/uiStore.ts';
import { useReview } from '../../review/reviewStore.ts';
import { useScore } from '../../review/useReviewData.ts';
import { useScoreSource } from '../../review/useScoreSource.ts';
import { setScoreChoice } from '../../review/scoreChoice.ts';
import { scoreSourceLabel } from '../../../model/groundTruth/scoreSource.ts';
import { useRunScores } from './useRunScores.ts';
import { ScoreRuns } from './ScoreRuns.tsx';
import '../review/review.css';
import './score.css';

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/**
 * Score against ground truth: the stored document's own ground truth when it has one (reviewed
 * words or a text given for it), every run scored against it; else (or when the user asks) the
 * expected text of the page shown (typed, pasted, or loaded from a .txt whose pages are separated
 * by form feeds). CER and WER per page and for the document, misrecognised words marked on the canvas.
 */
export function ScorePanel() {
  const { doc } = useDocumentData();
  const page = useUi((s) => s.page);
  const truth = useReview((s) => s.truth);
  const showErrors = useReview((s) => s.showErrors);
  const { setPageTruth, setTruth, setShowErrors } = useReview.getState();
  const score = useScore(doc);
  const source = useScoreSource();
  const runScores = useRunScores(source);
  if (!doc) return <p className="hint">Open a response to score it against the expected text.</p>;

  const load = async (file: File) => {
    const pages = splitTruthPages(await file.text());
    // One page of truth for a multi-page document goes to the page shown.
    if (pages.length === 1) setPageTruth(page, pages[0]);
    else setTruth(doc.pages.map((p) => pages[p.index]));
  };
  const errorWords = score ? score.pages.reduce((n, p) => n + p.errorWordIds.length, 0) : 0;

  return (
    <section className="review-panel score-panel" aria-labelledby="score-title">
      <h3 id="score-title">
        {source.kind === 'groundTruth' ? 'Score against ground truth' : `Ground truth, page ${page + 1}`}
      </h3>
      {source.groundTruthAvailable && (
        <div className="score-source" role="radiogroup" aria-label="Score against">
          <label className="check">
            <input
              type="radio"
              name="score-source"
              data-testid="score-against-groundtruth"
              checked={source.kind === 'groundTruth'}
              onChange={() => setScoreChoice('groundTruth')}
            />
            The document&apos;s ground truth
          </label>
          <label className="check">
            <input
              type="radio"
              name="score-source"
              data-testid="score-against-pasted"
              checked={source.kind !== 'groundTruth'}
              onChange={() => setScoreChoice('pasted')}
            />
            Pasted text
          </label>
        </div>
      )}
      {source.groundTruthAvailable && (
        <p className="hint score-source-label" data-testid="score-source" data-kind={source.kind}>
          {scoreSourceLabel(source).replace(/^./, (c) => c.toUpperCase())}
        </p>
      )}
      {source.kind !== 'groundTruth' && (
        <>
          <textarea
            className="truth-input"
            data-testid="truth-input"
            aria-label={`Expected text of page ${page + 1}`}
            placeholder="Paste the expected text of this page"
            rows={8}
            value={truth[page] ?? ''}
            onChange={(e) => setPageTruth(page, e.target.value)}
          />
          <div className="review-row wrap">
            <label className="btn btn-sm file-btn">
              Load .txt…
              <input
                type="file"
                accept=".txt,text/plain"
                data-testid="truth-file"
                aria-label="Load expected text (pages separated by form feeds)"
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  if (f) void load(f);
                  e.target.value = '';
                }}
              />
            </label>
            <button
              type="button"
              className="btn btn-sm"
              onClick={() => setTruth([])}
              disabled={!truth.some((t) => t)}
            >
              Clear all
            </button>
          </div>
        </>
      )}
      <div className="review-row wrap">
        <label className="check">
          <input type="checkbox" checked={showErrors} onChange={(e) => setShowErrors(e.target.checked)} />
          Mark errors on the page
        </label>
      </div>
      <div
        data-testid="score"
        data-cer={score ? score.cer : ''}
        data-wer={score ? score.wer : ''}
        data-error-words={errorWords}
        role="status"
        aria-live="polite"
      >
        {!score ? (
          <p className="hint">No expected text yet.</p>
        ) : (
          <table className="score-table">
            <thead>
              <tr>
                <th scope="col">Page</th>
                <th scope="col">CER</th>
                <th scope="col">WER</th>
                <th scope="col">Error words</th>
              </tr>
            </thead>
            <tbody>
              {score.pages.map((p) => (
                <tr key={p.pageIndex} data-testid={`score-page-${p.pageIndex}`} data-cer={p.cer}>
                  <td>{p.pageIndex + 1}</td>
                  <td>{pct(p.cer)}</td>
                  <td>{pct(p.wer)}</td>
                  <td>{p.errorWordIds.length}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Document</th>
                <td>{pct(score.cer)}</td>
                <td>{pct(score.wer)}</td>
                <td>{errorWords}</td>
              </tr>
            </tfoot>
          </table>
        )}
      </div>
      <ScoreRuns rows={runScores} />
    </section>
  );
}
