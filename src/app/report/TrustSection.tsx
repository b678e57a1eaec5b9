import { useUi } from '../ui/uiStore.ts';
import { keyLabel } from '../projects/runKey.ts';
import { Chart } from './charts/Chart.tsx';
import { reliabilityChart, sweepChart } from './charts/specs.ts';
import { proposeThreshold } from '../../model/report/calibration.ts';
import { pct, thresholdsWithLow } from './figures.ts';
import { useReportUi } from './reportStore.ts';
import type { SetReport } from './schema.ts';

const fixed = (x: number | null | undefined, d = 3) => (x === null || x === undefined ? '–' : x.toFixed(d));

/** Is the confidence worth trusting? Reliability, ECE, AUROC, and the threshold to review below. */
export function TrustSection({ sets, focus }: { sets: readonly SetReport[]; focus: SetReport }) {
  const calibrated = sets.filter((s) => s.calibration.bins.some((b) => b.count > 0));
  const order = sets.map((s) => s.key);
  const catchShare = useReportUi((s) => s.catchShare);
  const setCatchShare = useReportUi((s) => s.setCatchShare);
  const thresholds = useUi((s) => s.thresholds);
  const proposed = proposeThreshold(focus.sweep, catchShare);
  const applied = proposed !== null && Math.abs(thresholds.low - proposed.threshold) < 1e-9;
  if (calibrated.length === 0 && focus.sweep.length === 0) return null;
  return (
    <section className="report-section" data-testid="report-trust">
      <h3>Is the confidence worth trusting?</h3>
      <p className="muted">
        A word is right when it equals the ground-truth word it lines up with. If confidence were honest,
        words at 80% confidence would be right 80% of the time (the dashed diagonal). ECE is the average gap
        from that diagonal (0 is perfect). AUROC is how well low confidence picks out the wrong words: 0.5 is
        a coin toss, 1 is perfect.
      </p>
      <table className="report-table" data-testid="calibration-table">
        <thead>
          <tr>
            <th>Option set</th>
            <th>ECE</th>
            <th>AUROC</th>
          </tr>
        </thead>
        <tbody>
          {calibrated.map((s) => (
            <tr key={s.key} data-testid="calibration-row" data-key={s.key}>
              <td>{keyLabel(s.key)}</td>
              <td className="fig">{fixed(s.calibration.ece)}</td>
              <td className="fig">{fixed(s.calibration.auroc)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {calibrated.length > 0 && (
        <Chart
          testId="chart-reliability"
          label="Reliability diagram: mean confidence against the share of words right"
          deps={[sets]}
          draw={(Plot, width) => reliabilityChart(Plot, calibrated, order, Math.min(width, 760))}
        />
      )}
      {calibrated.length > 0 && (
        <p className="muted report-chart-note">
          One dot per tenth of the confidence scale; a larger dot holds more words.
        </p>
      )}
      {focus.sweep.length > 0 && (
        <div className="threshold-panel" data-testid="threshold-panel">
          <h4>Which words must a person read? ({keyLabel(focus.key)})</h4>
          <label className="field">
            <span>Catch</span>
            <input
              type="number"
              className="select"
              min={50}
              max={100}
              step={1}
              value={Math.round(catchShare * 100)}
              data-testid="catch-share"
              onChange={(e) => setCatchShare(Number(e.target.value) / 100)}
            />
            <span>% of the wrong words</span>
          </label>
          {proposed ? (
            <p data-testid="proposed-threshold" data-threshold={proposed.threshold}>
              Review every word below confidence <strong>{proposed.threshold.toFixed(2)}</strong>: that is{' '}
              <strong>{pct(proposed.reviewShare)}</strong> of the words, and it catches{' '}
              <strong>{pct(proposed.errorCatch)}</strong> of the wrong ones.
            </p>
          ) : (
            <p data-testid="proposed-threshold">
              No threshold catches {pct(catchShare, 0)} of the wrong words: some are read wrong with full
              confidence, so only reading everything finds them.
            </p>
          )}
          <button
            type="button"
            className="btn btn-primary"
            data-testid="apply-threshold"
            disabled={!proposed || applied}
            onClick={() =>
              proposed && useUi.getState().setThresholds(thresholdsWithLow(thresholds, proposed.threshold))
            }
          >
            {applied ? 'Applied to the triage threshold' : 'Apply to the triage threshold'}
          </button>
          <span className="muted" data-testid="current-threshold" data-low={thresholds.low}>
            {' '}
            Now: words below {thresholds.low.toFixed(2)} are doubtful in the viewer.
          </span>
          <Chart
            testId="chart-sweep"
            label="Threshold sweep: share of words to read and of wrong words caught"
            deps={[focus.sweep, proposed?.threshold, catchShare]}
            draw={(Plot, width) => sweepChart(Plot, focus.sweep, proposed, catchShare, Math.min(width, 760))}
          />
        </div>
      )}
    </section>
  );
}
