import { setLabel } from '../../model/report/setLabel.ts';
import type { Report, SetReport } from '../../model/report/types.ts';
import type { AuditProgress } from './audits.ts';

/**
 * The parts of the exported report that are plain HTML (work without JavaScript, print as is):
 * the summary in words and the tables. Every text from the store is escaped.
 */

export const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** 0.0234 → "2.34%". */
export const pct = (v: number | null | undefined, digits = 2): string =>
  v === null || v === undefined ? '–' : `${(v * 100).toFixed(digits)}%`;
const ci = (c: [number, number] | null) => (c ? `${pct(c[0])} to ${pct(c[1])}` : '–');
const points = (v: number) => `${Math.abs(v * 100).toFixed(2)} percentage points`;
const num = (v: number | null, d = 3) => (v === null ? '–' : v.toFixed(d));
/** An option set as the report names it: its readable label, escaped. */
export const label = (key: string): string => esc(setLabel(key));
const SCRIPTS: Record<string, string> = {
  ko: 'Korean',
  ja: 'Japanese',
  zh: 'Chinese',
  en: 'English',
  other: 'Other',
};

/** A rate as a stakeholder says it: "about 7 characters in 1,000 need fixing". */
function inWords(rate: number): string {
  const per = rate >= 0.01 ? 100 : 1000;
  const n = Math.round(rate * per);
  if (n === 0) return `fewer than 1 character in ${per.toLocaleString('en')} needs fixing`;
  return `about ${n} character${n === 1 ? '' : 's'} in ${per.toLocaleString('en')} need${n === 1 ? 's' : ''} fixing`;
}

function bestSet(report: Report): SetReport | undefined {
  return report.sets.filter((s) => s.cer !== null).sort((a, b) => a.cer! - b.cer!)[0];
}

/** The summary a stakeholder reads first: the best set, the differences, the review threshold. */
export function summaryHtml(report: Report, audits: readonly AuditProgress[] = []): string {
  const out: string[] = [];
  const best = bestSet(report);
  if (report.groundTruthDocuments === 0)
    out.push(
      '<li>No document has ground truth yet, so error rates cannot be measured. Proofread some documents (or run a sampling audit) and export again. The confidence figures below still describe the runs.</li>',
    );
  else if (best)
    out.push(
      `<li>Most accurate option set: <b>${label(best.key)}</b>, with a character error rate of <b>${pct(best.cer)}</b> (95% interval ${ci(best.cerCi95)}) over ${best.documentsScored} documents with ground truth: ${inWords(best.cer ?? 0)}.</li>`,
    );
  for (const d of report.diffs) {
    if (d.cerDiff === null) continue;
    const [winner, loser] = d.cerDiff < 0 ? [d.b, d.a] : [d.a, d.b];
    const c = d.cerDiffCi95;
    // When one set is clearly better, both ends have one sign: say it as "0.66 to 1.02 points".
    const range = c
      ? `${(Math.min(Math.abs(c[0]), Math.abs(c[1])) * 100).toFixed(2)} to ${points(Math.max(Math.abs(c[0]), Math.abs(c[1])))}`
      : '';
    out.push(
      d.better
        ? `<li><b>${label(winner)}</b> is clearly more accurate than ${label(loser)}: its character error rate is ${points(d.cerDiff)} lower (95% interval ${range}, on the ${d.documents} documents both read).</li>`
        : `<li>${label(d.a)} and ${label(d.b)} differ by ${points(d.cerDiff)}, but the 95% interval (${c ? `${(c[0] * 100).toFixed(2)} to ${(c[1] * 100).toFixed(2)} points` : '–'}) includes no difference: neither is clearly better on these ${d.documents} documents.</li>`,
    );
  }
  const auroc = best?.calibration.auroc;
  if (best && auroc !== null && auroc !== undefined)
    out.push(
      `<li>Is its confidence a guide? A wrong word has a lower confidence than a right one ${pct(auroc, 0)} of the time (AUROC ${num(auroc, 2)}; 50% would be no guide at all)${auroc >= 0.8 ? ', so reviewing the least confident words finds most errors' : auroc < 0.65 ? ': low confidence says little about which words are wrong, so a review by confidence misses many errors' : ''}.</li>`,
    );
  for (const s of report.sets) {
    const p = s.proposedThreshold;
    if (p)
      out.push(
        `<li>${label(s.key)}: to catch ${pct(p.target, 0)} of the wrong words, a person reviews words with confidence below <b>${p.threshold.toFixed(2)}</b>, that is ${pct(p.reviewShare, 1)} of all words (it catches ${pct(p.errorCatch, 1)}).</li>`,
      );
  }
  for (const a of audits)
    if (a.answered > 0)
      out.push(
        `<li>A person checked ${a.answered} randomly drawn words of ${label(a.key)}: ${pct(a.accuracy, 1)} were right (95% interval ${ci(a.ci95)}).</li>`,
      );
  if (report.groundTruthDocuments === 0)
    for (const s of report.sets)
      if (s.noGroundTruth.doubtfulShare !== null)
        out.push(
          `<li>${label(s.key)}: ${pct(s.noGroundTruth.doubtfulShare, 1)} of its words are doubtful (confidence below ${s.noGroundTruth.threshold}), about ${(s.noGroundTruth.doubtfulPerPage ?? 0).toFixed(0)} a page for a person to check.</li>`,
        );
  return `<ul class="summary">${out.join('')}</ul>`;
}

export function setsTable(report: Report): string {
  const rows = report.sets
    .map(
      (s) =>
        `<tr><th scope="row">${label(s.key)}<div class="key">${esc(s.key)}</div></th><td>${s.documentsScored} of ${s.documentsWithRun}</td><td><b>${pct(s.cer)}</b></td><td>${ci(s.cerCi95)}</td><td>${pct(s.wer)}</td><td>${ci(s.werCi95)}</td><td>${num(s.calibration.auroc)}</td><td>${num(s.calibration.ece)}</td><td>${pct(s.noGroundTruth.doubtfulShare, 1)}</td></tr>`,
    )
    .join('');
  return `<table class="sets"><thead><tr><th>Option set</th><th>Documents scored</th><th>CER</th><th>CER 95% interval</th><th>WER</th><th>WER 95% interval</th><th>AUROC</th><th>ECE</th><th>Doubtful words</th></tr></thead><tbody>${rows}</tbody></table>
<p class="note">Documents scored: documents with ground truth, of those this option set has read. AUROC and ECE describe the confidence scores (see "Can the confidence be trusted?"); doubtful words are those the viewer flags for a person to check. The small code under each name is the option set's key, as the API and the CSV file name it.</p>`;
}

export function worstTable(s: SetReport, limit = 10): string {
  const rows = s.documents
    .filter((d) => d.cer !== null)
    .slice(0, limit)
    .map(
      (d) =>
        `<tr><td>${esc(d.name)}</td><td>${pct(d.cer)}</td><td>${pct(d.wer)}</td><td>${d.charErrors} of ${d.chars}</td><td>${d.worstPage === null ? '–' : d.worstPage + 1}</td></tr>`,
    )
    .join('');
  if (!rows) return '<p class="note">No document of this set has ground truth.</p>';
  return `<table><thead><tr><th>Document</th><th>CER</th><th>WER</th><th>Characters wrong</th><th>Worst page</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const shown = (c: string) => (c === '' ? '∅' : c === ' ' ? '␣' : esc(c));
const OPS = { sub: 'read as', ins: 'extra', del: 'missing' } as const;

export function confusionTable(s: SetReport, limit = 15): string {
  const rows = s.confusions
    .slice(0, limit)
    .map(
      (c) =>
        `<tr><td>${c.op === 'sub' ? `${shown(c.expected)} ${OPS.sub} ${shown(c.actual)}` : c.op === 'ins' ? `${OPS.ins} ${shown(c.actual)}` : `${OPS.del} ${shown(c.expected)}`}</td><td>${c.count}</td></tr>`,
    )
    .join('');
  if (!rows) return '<p class="note">No character errors to list.</p>';
  return `<table class="narrow"><thead><tr><th>Confusion</th><th>Times</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function languageTable(report: Report): string {
  const rows = report.sets.flatMap((s) =>
    s.languages.map(
      (l) =>
        `<tr><td>${label(s.key)}</td><td>${SCRIPTS[l.lang] ?? esc(l.lang)}</td><td>${l.documents}</td><td>${pct(l.cer)}</td><td>${ci(l.cerCi95)}</td><td>${pct(l.wer)}</td></tr>`,
    ),
  );
  if (rows.length === 0) return '';
  return `<h3>By language</h3><p>The documents are in more than one language (the main script of each document's checked text), so each option set's accuracy is also given per language.</p><table><thead><tr><th>Option set</th><th>Language</th><th>Documents</th><th>CER</th><th>CER 95% interval</th><th>WER</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function confidenceTable(report: Report): string {
  const rows = report.sets
    .map((s) => {
      const c = s.noGroundTruth;
      return `<tr><td>${label(s.key)}</td><td>${c.pages}</td><td>${c.words}</td><td>${pct(c.mean, 1)}</td><td>${pct(c.doubtfulShare, 1)}</td><td>${c.doubtfulPerPage === null ? '–' : c.doubtfulPerPage.toFixed(1)}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th>Option set</th><th>Pages read</th><th>Words</th><th>Mean confidence</th><th>Doubtful words</th><th>Doubtful words a page</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function agreementTable(report: Report): string {
  if (report.agreement.length === 0) return '';
  const rows = report.agreement
    .map(
      (a) =>
        `<tr><td>${label(a.a)}</td><td>${label(a.b)}</td><td>${pct(a.share, 1)}</td><td>${a.identical} of ${a.aligned + a.unpaired}</td></tr>`,
    )
    .join('');
  return `<h3>Do two option sets read the same words?</h3><table><thead><tr><th>Option set</th><th>Compared with</th><th>Words read the same</th><th>Identical words</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function auditTable(audits: readonly AuditProgress[]): string {
  const rows = audits
    .filter((a) => a.answered > 0)
    .map(
      (a) =>
        `<tr><td>${label(a.key)}</td><td>${a.answered} of ${a.size}</td><td>${pct(a.accuracy, 1)}</td><td>${ci(a.ci95)}</td><td>${esc(a.created.slice(0, 10))}</td></tr>`,
    )
    .join('');
  if (!rows) return '';
  return `<h2>Sampling audits: samples of words checked by a person</h2><div class="explain">A person checked a random sample of words one by one (drawn with a fixed seed, so it can be repeated). The share found right estimates the <b>word accuracy</b> of the whole option set, even where no document has been proofread; the <b>95% interval</b> (Wilson) is where the true accuracy most likely lies, and narrows as more words are checked.</div><table><thead><tr><th>Option set</th><th>Words checked</th><th>Word accuracy</th><th>95% interval</th><th>Drawn on</th></tr></thead><tbody>${rows}</tbody></table>`;
}
