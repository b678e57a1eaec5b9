import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../model/report/types.ts';
import { RelayError } from '../errors.ts';
import {
  agreementTable,
  confidenceTable,
  auditTable,
  confusionTable,
  esc,
  label,
  languageTable,
  setsTable,
  summaryHtml,
  worstTable,
} from './htmlTables.ts';
import { setLabel } from '../../model/report/setLabel.ts';
import { CHART_SCRIPT } from './htmlCharts.ts';
import type { AuditProgress } from './audits.ts';

/**
 * The report as one self-contained HTML file for stakeholders (issue 16 §8). Charts are drawn on
 * open by Observable Plot (with d3), both embedded as inline scripts with the report's data: the
 * same charting library and grammar as the app's report view, so the export shows the figures the
 * app shows, with no network at all. Numbers, the summary and the explanations are plain HTML, so
 * the file still reads (and prints) where scripts are off; charts are SVG, crisp in print.
 */

const LIBRARIES = ['@observablehq/plot/dist/plot.umd.min.js', 'd3/dist/d3.min.js'];
let cached: string[] | undefined;

/** The chart libraries' UMD bundles, read from node_modules once. */
function libraries(): string[] {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const found = LIBRARIES.map((l) => join(dir, 'node_modules', l));
    if (found.every((f) => existsSync(f))) {
      // A bundle may hold "</script" or "<!--" in a string or regex; inside a script element
      // either would end it or change how it is parsed. Escaped, they mean the same to JS.
      cached = found.map((f) =>
        readFileSync(f, 'utf8')
          .replace(/<\/script/gi, '<\\/script')
          .replace(/<!--/g, '<\\!--'),
      );
      return cached;
    }
    const up = dirname(dir);
    if (up === dir)
      throw new RelayError(
        '0500',
        'The HTML export needs @observablehq/plot and d3, which this relay does not have.',
        503,
      );
    dir = up;
  }
}

/** JSON safe inside a script element: no "<" at all, so nothing can close it. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

const STYLE = `
:root { font: 15px/1.5 system-ui, "Noto Sans CJK KR", "Noto Sans KR", sans-serif; color: #1d2430; }
body { max-width: 980px; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #d6dbe3; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; } .meta, .note { color: #5b6575; font-size: .9rem; }
.explain { background: #f3f6fa; border-left: 4px solid #5b8def; padding: .5rem .9rem; margin: .6rem 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 .6rem; font-size: .9rem; font-variant-numeric: tabular-nums; }
table.narrow { width: auto; min-width: 18rem; } th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #e3e7ee; vertical-align: top; }
thead th { background: #f6f7f9; } td { white-space: nowrap; } table.sets td { padding: .3rem .45rem; } .summary li { margin: .3rem 0; } .key { font: .75rem ui-monospace, monospace; color: #5b6575; font-weight: normal; }
figure { margin: .8rem 0 1.2rem; } figcaption { font-weight: 600; margin-bottom: .3rem; } figure .note { margin: .2rem 0 0; }
.chart svg { max-width: 100%; height: auto; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 1rem 2rem; }
@media print {
  body { max-width: none; margin: 0; padding: 0 1cm; font-size: 11pt; }
  h2, h3, figcaption, .explain { break-after: avoid; } table, figure, .explain, .keep { break-inside: avoid; }
  .explain { background: none; border-left: 2px solid #888; }
  a { color: inherit; text-decoration: none; }
}`;

/** The whole file. `projectName` and `generated` head it; the data drives the charts. */
export function reportHtml(
  report: Report,
  projectName: string,
  generated: string,
  audits: readonly AuditProgress[] = [],
): string {
  const [plot, d3] = libraries();
  const perSet = report.sets
    .map((s) => `<div class="keep"><h3>${label(s.key)}</h3>${worstTable(s)}</div>`)
    .join('');
  const confusions = report.sets
    .map((s) => `<div class="keep"><h3>${label(s.key)}</h3>${confusionTable(s)}</div>`)
    .join('');
  const threshold = report.sets[0]?.noGroundTruth.threshold ?? 0.8;
  const scored = report.sets.some((s) => s.cer !== null);
  const judged = report.sets.some((s) => s.calibration.words > 0);
  const figure = (id: string, title: string, note: string) =>
    `<figure><figcaption>${title}</figcaption><div class="chart" id="${id}"></div><p class="note">${note}</p></figure>`;
  // Accuracy, worst documents, confidence and confusions all need ground truth: without it they are left out.
  const truthSections = `<h2>Accuracy per option set</h2>
<div class="explain">An <b>option set</b> is one way of running the OCR (engine, model version, languages, table detection). The <b>character error rate (CER)</b> is the number of characters that must be inserted, deleted or replaced to turn the OCR text into the checked text, divided by the length of the checked text: 2% means about 2 characters in 100 are wrong. The <b>word error rate (WER)</b> counts whole words the same way. Lower is better. The <b>95% interval</b> is the range the true error rate most likely lies in, given how much it varies from document to document: if two sets' intervals overlap a lot, the documents do not show a clear difference.</div>
${figure('chart-cer', 'Character error rate per option set', 'Bar: the error rate over all scored documents. Black line: its 95% interval.')}
${setsTable(report)}
${languageTable(report)}
<h2>Worst documents</h2><p>Documents with the highest character error rate first (up to ten per option set): the place to look for bad scans, unusual layouts or the wrong language setting.</p>${perSet}
<h2>Can the confidence be trusted?</h2>
<div class="explain">The OCR gives each word a <b>confidence</b> between 0 and 1. The <b>reliability chart</b> puts words in ten groups by confidence and shows how many of them are actually right: on the dashed diagonal the confidence means what it says; below it, the OCR is over-confident. <b>ECE</b> (expected calibration error) is the average gap between confidence and the share right (0 is perfect). <b>AUROC</b> says how well low confidence points at wrong words: it is the chance that a wrong word has a lower confidence than a right one; 0.5 is no better than chance, 1 is perfect.</div>
${
  judged
    ? `<div class="grid">${figure('chart-reliability', 'Reliability: confidence against words right', 'One dot per group of words of similar confidence; a larger dot holds more words. Dashed line: confidence that means what it says.')}${figure('chart-sweep', 'Review effort against wrong words caught', `Each line runs through every confidence threshold: words below it are reviewed. Circles: the threshold proposed in "In short".`)}</div>
<div class="explain">The <b>review chart</b> answers "below which confidence must a person look, and how much work is that?": for each threshold, the share of all words a person has to look at (across) and the share of the wrong words they would catch (up). A good OCR catches most errors while reviewing few words: its line rises steeply at the left.</div>`
    : '<p class="note">No word could be checked against ground truth, so the confidence cannot be tested yet.</p>'
}
<h2>Most frequent character errors</h2><p>"A read as B" means the checked text has A where the OCR wrote B; "extra" is a character the OCR added, "missing" one it left out; ␣ is a space.</p><div class="grid">${confusions}</div>
`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>OCR quality report: ${esc(projectName)}</title><style>${STYLE}</style></head>
<body>
<h1>OCR quality report: ${esc(projectName)}</h1>
<p class="meta">${report.documents} documents, ${report.groundTruthDocuments} with ground truth (text a person has checked). Generated ${esc(generated.slice(0, 16).replace('T', ' '))} UTC by OCR Inspector.</p>
<noscript><p class="note">Charts need JavaScript; every figure is also in the tables.</p></noscript>
<h2>In short</h2>${summaryHtml(report, audits)}
${scored ? truthSections : ''}
<h2>Confidence and agreement (no ground truth needed)</h2>
<div class="explain">These figures need no checked text. <b>Doubtful words</b> are words with confidence below ${threshold}, which the viewer flags for a person to check. <b>Words read the same</b> compares two option sets word by word: where they disagree, at least one is wrong.</div>
${figure('chart-confidence', 'How confident the OCR is', `Share of each option set's words per band of confidence. Words below ${threshold} are doubtful.`)}
${confidenceTable(report)}
${agreementTable(report)}
${auditTable(audits)}
<p class="meta">How the figures are made: both texts are normalised the same way (Unicode NFKC, so full-width and half-width forms are the same character; every run of spaces and line breaks is one space); a page's OCR text is its words in the OCR's order joined by spaces. Totals are all errors over all characters, not averages of documents. Intervals: bootstrap over documents, ${report.bootstrap.iterations} resamples, seed ${report.bootstrap.seed}. Charts drawn by Observable Plot, embedded in this file: it opens without a network.</p>
<script>${d3}</script>
<script>${plot}</script>
<script type="application/json" id="report-data">${scriptJson({ ...report, labels: Object.fromEntries(report.sets.map((x) => [x.key, setLabel(x.key)])) })}</script>
<script>${CHART_SCRIPT}</script>
</body></html>
`;
}
