import { describe, expect, it } from 'vitest';
import {
  differenceSentence,
  interval,
  mostDoubtful,
  pct,
  rankSets,
  thresholdsWithLow,
  worstDocuments,
} from './figures.ts';
import type { DocumentFigure, SetReport } from './schema.ts';

describe('report figures', () => {
  it('words rates and intervals', () => {
    expect(pct(0.0342)).toBe('3.4%');
    expect(pct(null)).toBe('–');
    expect(pct(Number.NaN)).toBe('–');
    expect(interval([0.021, 0.04])).toBe('2.1% to 4.0%');
    expect(interval(null)).toBe('–');
    // The sets table gives CER to two decimals, its interval too.
    expect(interval([0.0034, 0.0048], 2)).toBe('0.34% to 0.48%');
  });

  it('says which set is better, by how many points, with the interval in that direction', () => {
    // b's CER minus a's: −1.8 points, interval −2.7 to −0.9.
    expect(differenceSentence('V2 ko', 'V2 ko,ja', -0.018, [-0.027, -0.009])).toBe(
      'V2 ko,ja is 1.8 points better than V2 ko, 0.9 to 2.7 (95% interval).',
    );
    expect(differenceSentence('ko', 'ja', 0.25, [0.2, 0.31], 12)).toBe(
      'ko is 25.0 points better than ja, 20.0 to 31.0 (95% interval, over the 12 documents both read).',
    );
  });

  it('does not call a difference whose interval holds zero a win', () => {
    const s = differenceSentence('a', 'b', -0.004, [-0.012, 0.003]);
    expect(s).toMatch(/^b is 0\.4 points better than a, but/);
    expect(s).toContain('−0.3 to 1.2 points');
    expect(s).toContain('not shown to be better');
  });

  it('ranks sets by CER, those without one last', () => {
    const set = (key: string, cer: number | null) => ({ key, cer }) as SetReport;
    expect(rankSets([set('a', 0.3), set('b', null), set('c', 0.1), set('d', 0.3)]).map((s) => s.key)).toEqual(
      ['c', 'a', 'd', 'b'],
    );
  });

  it('lists the worst documents first, without those lacking ground truth', () => {
    const doc = (id: string, cer: number | null): DocumentFigure => ({
      id,
      name: `${id}.png`,
      cer,
      wer: cer,
      worstPage: cer === null ? null : 0,
      lang: 'ko',
      hasGroundTruth: cer !== null,
      meanConfidence: 0.9,
      doubtfulShare: 0.1,
    });
    const docs = [doc('x', 0.1), doc('y', null), doc('z', 0.5), doc('w', 0.3)];
    expect(worstDocuments(docs, 2).map((d) => d.id)).toEqual(['z', 'w']);
  });

  it('moves the low triage threshold, keeping high above it', () => {
    expect(thresholdsWithLow({ low: 0.5, high: 0.8 }, 0.7)).toEqual({ low: 0.7, high: 0.8 });
    // The viewer keeps low a point below high: high moves up to make room.
    expect(thresholdsWithLow({ low: 0.5, high: 0.8 }, 0.9)).toEqual({ low: 0.9, high: 0.91 });
    expect(thresholdsWithLow({ low: 0.5, high: 0.8 }, 1)).toEqual({ low: 0.99, high: 1 });
  });

  it('lists the documents most in doubt first, with every set beside, without those no set read', () => {
    const doc = (id: string, doubtfulShare: number | null): DocumentFigure => ({
      id,
      name: `${id}.png`,
      cer: null,
      wer: null,
      worstPage: null,
      lang: null,
      hasGroundTruth: false,
      meanConfidence: doubtfulShare === null ? null : 1 - doubtfulShare,
      doubtfulShare,
    });
    const set = (documents: DocumentFigure[]) => ({ documents }) as SetReport;
    // Set a has no run of c (no confidence); b has.
    const a = set([doc('x', 0.1), doc('y', 0.4), doc('c', null), doc('z', 0.4)]);
    const b = set([doc('x', 0.3), doc('y', 0.2), doc('c', 0.9), doc('z', 0.1)]);
    const rows = mostDoubtful([a, b], 3);
    // c only under b (0.9) first; then y and z tied at 0.4 under a, by name.
    expect(rows.map((r) => r.id)).toEqual(['c', 'y', 'z']);
    expect(rows[0].bySet).toEqual([null, { meanConfidence: 1 - 0.9, doubtfulShare: 0.9 }]);
    expect(rows[1].bySet[1]).toEqual({ meanConfidence: 0.8, doubtfulShare: 0.2 });
    expect(mostDoubtful([set([doc('q', null)])], 5)).toEqual([]);
  });
});
