import { keyLabel } from '../projects/runKey.ts';
import { Chart } from './charts/Chart.tsx';
import { setsChart } from './charts/specs.ts';
import { differenceSentence, interval, languageName, pct, rankSets } from './figures.ts';
import type { Report } from './schema.ts';

/** The differences to state: each set against the first (the reference), as the relay computed them. */
function differences(report: Report): { key: string; text: string }[] {
  const [ref] = report.sets;
  if (!ref) return [];
  return report.diffs
    .filter((d) => d.a === ref.key && d.cerDiff !== null)
    .map((d) => ({
      key: d.b,
      text: differenceSentence(keyLabel(d.a), keyLabel(d.b), d.cerDiff!, d.cerDiffCi95, d.documents),
    }));
}

/** Accuracy per option set: the table, the chart, the differences in words, and per language. */
export function SetsSection({ report }: { report: Report }) {
  const ranked = rankSets(report.sets);
  const withCer = ranked.filter((s) => s.cer !== null);
  const diffs = differences(report);
  const order = report.sets.map((s) => s.key);
  const langs = [...new Set(report.sets.flatMap((s) => s.languages.map((l) => l.lang)))].sort();
  return (
    <section className="report-section" data-testid="report-sets">
      <h3>Accuracy per option set</h3>
      <p className="muted">
        Character error rate (CER): the share of ground-truth characters the OCR got wrong (missed, extra or
        changed). Word error rate (WER): the same for words. Lower is better; a point is one percentage point
        of CER. The 95% interval comes from resampling the documents: a difference whose interval includes
        zero may be chance.
      </p>
      {diffs.length > 0 && (
        <ul className="report-verdicts" data-testid="report-differences">
          {diffs.map((d) => (
            <li key={d.key}>{d.text}</li>
          ))}
        </ul>
      )}
      <table className="report-table" data-testid="sets-table">
        <thead>
          <tr>
            <th>Rank</th>
            <th>Option set</th>
            <th title="Documents of this set with ground truth">Documents</th>
            <th>CER</th>
            <th>95% interval</th>
            <th>WER</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((s, i) => (
            <tr key={s.key} data-testid="set-row" data-key={s.key} data-cer={s.cer ?? ''} data-rank={i + 1}>
              <td>{s.cer === null ? '–' : i + 1}</td>
              <td>{keyLabel(s.key)}</td>
              <td className="fig">{s.documentsScored}</td>
              <td className="fig">{pct(s.cer, 2)}</td>
              <td className="fig">{interval(s.cerCi95, 2)}</td>
              <td className="fig">{pct(s.wer, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {withCer.length > 0 && (
        <Chart
          testId="chart-sets"
          label="Character error rate of each option set with its 95% interval"
          deps={[report]}
          draw={(Plot, width) => setsChart(Plot, withCer, order, width)}
        />
      )}
      {langs.length > 1 && (
        <>
          <h4>Per language</h4>
          <table className="report-table" data-testid="languages-table">
            <thead>
              <tr>
                <th>Language</th>
                {report.sets.map((s) => (
                  <th key={s.key}>{keyLabel(s.key)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {langs.map((lang) => (
                <tr key={lang}>
                  <td>{languageName(lang)}</td>
                  {report.sets.map((s) => {
                    const l = s.languages.find((x) => x.lang === lang);
                    return (
                      <td key={s.key} className="fig" title={l ? `${l.documents} documents` : undefined}>
                        {l ? `${pct(l.cer, 2)} (${interval(l.cerCi95, 2)})` : '–'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
