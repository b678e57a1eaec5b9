import { describe, expect, it } from 'vitest';
import { cer } from '../review/metrics.ts';
import type { RunPage } from './pages.ts';
import { buildReport } from './report.ts';
import type { ReportDocumentInput } from './report.ts';

const page = (n: number, ...words: [string, number][]): RunPage => ({
  page: n,
  words: words.map(([text, confidence], field) => ({
    text,
    confidence,
    bounds: { minX: field * 50, minY: 0, maxX: field * 50 + 40, maxY: 10 },
    field,
  })),
});
const truth = (...texts: string[]) => texts.map((text, page) => ({ page, text, words: null }));
const A = 'tesseract|V2|ko|false';
const B = 'tesseract|V2|ko,ja|false';

// A misreads one character in each document; B reads both right.
const docs: ReportDocumentInput[] = [
  {
    id: 'd1',
    name: 'one.png',
    truth: truth('합계 12,000 원'),
    runs: new Map([
      [A, [page(0, ['합계', 0.99], ['12,O00', 0.4], ['원', 0.9])]],
      [B, [page(0, ['합계', 0.99], ['12,000', 0.95], ['원', 0.9])]],
    ]),
  },
  {
    id: 'd2',
    name: 'two.png',
    truth: truth('카드 결제', '감사합니다'),
    runs: new Map([
      [A, [page(0, ['카드', 0.9], ['결재', 0.5]), page(1, ['감사합니다', 0.97])]],
      [B, [page(0, ['카드', 0.9], ['결제', 0.85]), page(1, ['감사합니다', 0.97])]],
    ]),
  },
  { id: 'd3', name: 'no-truth.png', truth: null, runs: new Map([[A, [page(0, ['x', 0.2])]]]) },
];

describe('buildReport', () => {
  const report = buildReport(docs, [
    { key: A, options: { lang: 'ko' } },
    { key: B, options: { lang: 'ko,ja' } },
  ]);
  const [a, b] = report.sets;

  it('pools CER and WER over documents, as computed by hand', () => {
    expect(report.sets.map((s) => s.key)).toEqual([A, B]);
    expect(report).toMatchObject({ documents: 3, groundTruthDocuments: 2 });
    // A: '12,O00' 1 edit of 11 ('합계 12,000 원'); '결재' 1 of 5 + 0 of 5 → 2 / 21.
    expect(a).toMatchObject({ charErrors: 2, chars: 21, documentsScored: 2, documentsWithRun: 3 });
    expect(a.cer).toBeCloseTo(2 / 21, 12);
    expect(a.cer).toBeCloseTo(
      (cer('합계 12,000 원', '합계 12,O00 원') * 11 + cer('카드 결제', '카드 결재') * 5) / 21,
      12,
    );
    // Words: 1 of 3, 1 of 2, 0 of 1.
    expect(a.wer).toBeCloseTo(2 / 6, 12);
    expect(b).toMatchObject({ cer: 0, wer: 0, cerCi95: [0, 0] });
    expect(a.cerCi95![0]).toBeLessThanOrEqual(a.cer!);
    expect(a.cerCi95![1]).toBeGreaterThanOrEqual(a.cer!);
  });

  it('lists documents worst first, with the worst page, unscored documents last', () => {
    // d2: 1 of 10 (worst page 0: 1 of 5); d1: 1 of 11.
    expect(a.documents.map((d) => [d.id, d.worstPage])).toEqual([
      ['d2', 0],
      ['d1', 0],
      ['d3', null],
    ]);
    expect(a.documents[0].cer).toBeCloseTo(1 / 10, 12);
    expect(a.documents[1].cer).toBeCloseTo(1 / 11, 12);
    expect(a.documents[0].pages).toEqual([
      { page: 0, cer: 1 / 5, wer: 1 / 2, charErrors: 1, chars: 5 },
      { page: 1, cer: 0, wer: 0, charErrors: 0, chars: 5 },
    ]);
    expect(a.documents[2]).toMatchObject({
      cer: null,
      hasRun: true,
      hasGroundTruth: false,
      meanConfidence: 0.2,
    });
    expect(b.documents.find((d) => d.id === 'd3')).toMatchObject({ hasRun: false, meanConfidence: null });
  });

  it('judges words for calibration and lists the confusions with their places', () => {
    // A's judged words: 6 (the d3 run has no ground truth), 2 wrong at .4 and .5.
    expect(a.calibration).toMatchObject({ words: 6, wrongWords: 2, auroc: 1 });
    expect(a.proposedThreshold).toMatchObject({ target: 0.95, threshold: 0.51, errorCatch: 1 });
    expect(a.proposedThreshold!.reviewShare).toBeCloseTo(2 / 6, 12);
    expect(a.confusions.map((c) => [c.op, c.expected, c.actual, c.count])).toEqual([
      ['sub', '0', 'O', 1],
      ['sub', '제', '재', 1],
    ]);
    expect(a.confusions[1].examples).toEqual([{ documentId: 'd2', page: 0, field: 1 }]);
    expect(b.confusions).toEqual([]);
    expect(b.calibration.auroc).toBeNull();
  });

  it('compares the two sets on the documents both read (paired) and measures their agreement', () => {
    const [d] = report.diffs;
    expect(d).toMatchObject({ a: A, b: B, documents: 2 });
    expect(d.cerDiff).toBeCloseTo(-2 / 21, 12);
    // B is better on every document, so every resample says so.
    expect(d.cerDiffCi95![1]).toBeLessThan(0);
    expect(d.better).toBe(B);
    // Words paired by box: d1 3 pairs (2 identical), d2 3 pairs (2 identical); d3, read by A only, is left out.
    expect(report.agreement).toEqual([{ a: A, b: B, aligned: 6, identical: 4, unpaired: 0, share: 4 / 6 }]);
  });

  it('splits by language only where the documents differ, and counts confidences without truth', () => {
    expect(a.languages).toEqual([]);
    const mixed = buildReport(
      [
        ...docs,
        {
          id: 'd4',
          name: 'en.png',
          truth: truth('Total due'),
          runs: new Map([[A, [page(0, ['Total', 1], ['due', 1])]]]),
        },
      ],
      [{ key: A, options: null }],
    );
    expect(mixed.sets[0].languages.map((l) => [l.lang, l.documents])).toEqual([
      ['ko', 2],
      ['en', 1],
    ]);
    expect(mixed.sets[0].languages[1].cer).toBe(0);
    expect(a.noGroundTruth).toMatchObject({ words: 7, pages: 4 });
  });
});
