import { keyLabel } from '../projects/runKey.ts';
import { Chart } from './charts/Chart.tsx';
import { confidenceChart } from './charts/specs.ts';
import { pct } from './figures.ts';
import { DoubtfulDocuments } from './DoubtfulDocuments.tsx';
import type { StoredDocument } from '../projects/schemas.ts';
import type { Report } from './schema.ts';

/** What the OCR says about itself: needs no ground truth, and says nothing of accuracy by itself. */
export function NoTruthSection({
  report,
  hasTruth,
  projectId,
  docs,
}: {
  report: Report;
  hasTruth: boolean;
  projectId: string;
  docs: readonly StoredDocument[];
}) {
  const sets = report.sets;
  const histograms = sets.filter((s) => s.noGroundTruth.histogram.some((n) => n > 0));
  const below = sets[0]?.noGroundTruth.threshold;
  const order = sets.map((s) => s.key);
  return (
    <section className="report-section" data-testid="report-no-truth">
      <h3>{hasTruth ? 'Confidence and agreement' : 'Without ground truth'}</h3>
      {!hasTruth && (
        <p className="report-notice" data-testid="needs-truth">
          These documents have no ground truth yet, so this report cannot say how accurate the OCR is. What
          follows is what the OCR says about itself (its confidence) and whether two option sets agree. To
          measure accuracy, proofread some documents (their text becomes ground truth) or run a sampling audit
          below.
        </p>
      )}
      <table className="report-table" data-testid="doubtful-table">
        <thead>
          <tr>
            <th>Option set</th>
            <th>Documents</th>
            <th>Words</th>
            <th>Mean confidence</th>
            <th>{below === undefined ? 'Doubtful words' : `Doubtful (below ${pct(below, 0)})`}</th>
            <th>Doubtful per page</th>
          </tr>
        </thead>
        <tbody>
          {sets.map((s) => {
            const c = s.noGroundTruth;
            return (
              <tr key={s.key} data-testid="doubtful-row" data-key={s.key}>
                <td>{keyLabel(s.key)}</td>
                <td className="fig">{s.documentsWithRun}</td>
                <td className="fig">{c.words}</td>
                <td className="fig">{pct(c.mean)}</td>
                <td className="fig">{pct(c.doubtfulShare)}</td>
                <td className="fig">{c.doubtfulPerPage === null ? '–' : c.doubtfulPerPage.toFixed(1)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {histograms.length > 0 && (
        <Chart
          testId="chart-confidence"
          label="Distribution of word confidence per option set"
          deps={[report]}
          draw={(Plot, width) => confidenceChart(Plot, histograms, order, width)}
        />
      )}
      <DoubtfulDocuments projectId={projectId} sets={sets} docs={docs} />
      {report.agreement.length > 0 && (
        <>
          <h4>Agreement between option sets</h4>
          <p className="muted">
            The share of words two option sets read identically. Where they disagree, at least one is wrong;
            where they agree, both may still be wrong the same way.
          </p>
          <ul data-testid="agreement">
            {report.agreement.map((a) => (
              <li key={`${a.a}/${a.b}`}>
                {keyLabel(a.a)} and {keyLabel(a.b)} agree on <strong>{pct(a.share)}</strong> of the words (
                {a.identical} of {a.aligned + a.unpaired}: {a.aligned} in the same place in both, {a.unpaired}{' '}
                read by only one).
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
