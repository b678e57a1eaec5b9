import { describe, expect, it } from 'vitest';
import type { RunPage } from '../../model/report/pages.ts';
import { buildReport } from '../../model/report/report.ts';
import type { ReportDocumentInput } from '../../model/report/report.ts';
import type { AuditProgress } from './audits.ts';
import { reportHtml } from './html.ts';

/**
 * The exported report as a stakeholder reads it: option sets by name (not by key), the sentences
 * of "In short", and no section of error rates when nothing has ground truth.
 */

const page = (...words: [string, number][]): RunPage => ({
  page: 0,
  words: words.map(([text, confidence], field) => ({
    text,
    confidence,
    bounds: { minX: field * 50, minY: 0, maxX: field * 50 + 40, maxY: 10 },
    field,
  })),
});
const KO = 'clova|V2|ko|false';
const KOJA = 'clova|V2|ko,ja|false';
// KO misreads a character in every document (1 of 9 characters); KO,JA reads them all right.
const docs = (truth: boolean): ReportDocumentInput[] =>
  Array.from({ length: 6 }, (_, i) => ({
    id: `d${i}`,
    name: `<scan ${i}>.png`,
    truth: truth ? [{ page: 0, text: '합계 12,000', words: null }] : null,
    runs: new Map([
      [KO, [page(['합계', 0.95], ['12,O00', 0.4])]],
      [KOJA, [page(['합계', 0.95], ['12,000', 0.9])]],
    ]),
  }));
const audit: AuditProgress = {
  id: 'a1',
  projectId: 'p',
  key: KO,
  size: 20,
  seed: 3,
  population: 12,
  created: '2026-12-07T10:00:00.000Z',
  answered: 10,
  right: 8,
  wrong: 2,
  corrected: 0,
  accuracy: 0.8,
  ci95: [0.49, 0.943],
};
const sets = [
  { key: KO, options: null },
  { key: KOJA, options: null },
];
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.:;)])/g, '$1')
    .replace(/\( /g, '(');

describe('reportHtml', () => {
  const html = reportHtml(buildReport(docs(true), sets), 'Invoices <Q3>', '2026-12-07T11:00:00Z', [audit]);
  const body = text(html);

  it('names option sets as people say them, keeping the key beside the name in the table', () => {
    expect(body).toContain(
      'Most accurate option set: CLOVA V2 · Korean + Japanese, with a character error rate of 0.00%',
    );
    expect(body).toContain(
      'CLOVA V2 · Korean + Japanese is clearly more accurate than CLOVA V2 · Korean: its character error rate is 11.11 percentage points lower',
    );
    expect(html).toContain('<div class="key">clova|V2|ko|false</div>');
    // Outside the sets table and the embedded data, no raw key is shown.
    const shown = html
      .replace(/<div class="key">[^<]*<\/div>/g, '')
      .replace(/<script[\s\S]*?<\/script>/g, '');
    expect(shown).not.toContain('clova|V2');
  });

  it('says what the audit found and escapes names from the store', () => {
    expect(body).toContain(
      'A person checked 10 randomly drawn words of CLOVA V2 · Korean: 80.0% were right (95% interval 49.00% to 94.30%)',
    );
    expect(html).toContain('Invoices &lt;Q3&gt;');
    expect(html).toContain('&lt;scan 0&gt;.png');
    expect(html).not.toContain('<scan 0>');
  });

  it('gives every chart a title and the charts their readable labels', () => {
    for (const title of [
      'Character error rate per option set',
      'Reliability: confidence against words right',
      'Review effort against wrong words caught',
      'How confident the OCR is',
    ])
      expect(html).toContain(`<figcaption>${title}</figcaption>`);
    const data = JSON.parse(
      /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1],
    );
    expect(data.labels).toEqual({ [KO]: 'CLOVA V2 · Korean', [KOJA]: 'CLOVA V2 · Korean + Japanese' });
  });

  it('leaves out the accuracy sections without ground truth, and says why', () => {
    const none = text(reportHtml(buildReport(docs(false), sets), 'P', '2026-12-07T11:00:00Z'));
    expect(none).toContain('No document has ground truth yet');
    expect(none).not.toContain('Worst documents');
    expect(none).not.toContain('Most frequent character errors');
    expect(none).toContain('Confidence and agreement (no ground truth needed)');
    expect(none).toMatch(/CLOVA V2 · Korean: 50\.0% of its words are doubtful \(confidence below 0\.8\)/);
  });

  it('splits accuracy by language when the documents are in more than one, named as people name them', () => {
    const mixed = docs(true).map((d, i) =>
      i % 2 === 0 ? d : { ...d, truth: [{ page: 0, text: 'total 12,000', words: null }] },
    );
    const out = text(reportHtml(buildReport(mixed, sets), 'P', '2026-12-07T11:00:00Z'));
    expect(out).toContain('By language');
    expect(out).toMatch(/CLOVA V2 · Korean Korean 3 /);
    expect(out).toMatch(/CLOVA V2 · Korean English 3 /);
  });
});
