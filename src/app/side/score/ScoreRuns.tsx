import type { RunScore } from './useRunScores.ts';
import { GROUND_TRUTH_ROW } from './useRunScores.ts';

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** Every run against the document's ground truth, one row each, the ground truth itself first. */
export function ScoreRuns({ rows }: { rows: RunScore[] }) {
  if (rows.length === 0) return null;
  return (
    <table className="score-table score-runs" data-testid="score-runs">
      <caption>Every run of this document</caption>
      <thead>
        <tr>
          <th scope="col">Run</th>
          <th scope="col">CER</th>
          <th scope="col">WER</th>
          <th scope="col" title="Character errors / expected characters">
            Errors
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.id}
            data-testid={r.id === GROUND_TRUTH_ROW ? 'score-run-groundtruth' : 'score-run'}
            data-cer={r.cer}
            data-label={r.label}
            className={r.id === GROUND_TRUTH_ROW ? 'score-truth-row' : undefined}
          >
            <th scope="row" title={r.label}>
              {r.label}
            </th>
            <td>{pct(r.cer)}</td>
            <td>{pct(r.wer)}</td>
            <td>
              {r.charErrors} / {r.chars}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
