import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document/document.ts';
import { cer } from '../review/metrics.ts';
import { scoreDocument } from '../review/score.ts';
import { applyChanges } from './applyChanges.ts';
import { fromRun } from './fromRun.ts';
import { AT, gtOf, run, WHO } from './gt.testutil.ts';
import { expectedPerPage, groundTruthText, normalizeTruthText, truthTextPages } from './text.ts';

describe('ground truth as text', () => {
  it('normalises as issue 16 §1 says: NFKC, one space per whitespace run, trimmed', () => {
    expect(normalizeTruthText('  ＡＢＣ\t\n１２  ﾃｽﾄ \u3000')).toBe('ABC 12 テスト');
    // Decomposed Hangul composes.
    expect(normalizeTruthText('\u1112\u1161\u11ab')).toBe('한');
  });

  it('joins the live words of each page with spaces and the pages with form feeds', () => {
    const gt = gtOf([['안녕', '하세요'], ['세계']], [['二', 'ページ']]);
    const r = applyChanges(
      gt,
      0,
      [
        { op: 'delete', id: 'p0.w1' },
        { op: 'edit', id: 'p0.w2', text: ' 세계 ! ' },
      ],
      WHO,
      AT,
    );
    if (r.kind !== 'applied') throw new Error(r.kind);
    expect(groundTruthText(r.groundTruth)).toBe('안녕 세계 !\f二 ページ');
    expect(truthTextPages('  a  b \f\nc\n')).toEqual(['a b', 'c']);
  });

  it('scores a run against the ground truth through the one scorer: 0 for the run itself', () => {
    const response = run([
      [
        { text: 'Hello', x: 0, y: 0 },
        { text: 'wrld', x: 90, y: 0, lineBreak: true },
      ],
    ]);
    const gt = fromRun(response);
    const doc = buildDocument(response);
    expect(scoreDocument(doc, expectedPerPage(gt)).cer).toBe(0);
    const r = applyChanges(gt, 0, [{ op: 'edit', id: 'p0.w1', text: 'world' }], WHO, AT);
    if (r.kind !== 'applied') throw new Error(r.kind);
    const score = scoreDocument(doc, expectedPerPage(r.groundTruth));
    expect(score.charErrors).toBe(1);
    expect(score.cer).toBeCloseTo(cer('Hello world', 'Hello wrld'));
  });
});
