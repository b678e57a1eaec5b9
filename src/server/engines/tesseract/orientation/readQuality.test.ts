import { describe, expect, it } from 'vitest';
import type { RunLine } from '../cjkRuns.ts';
import { confidentChars, probeScores, readQuality, readsUpright, wordQuality } from './readQuality.ts';

const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
const line = (...runs: [string, number][]): RunLine => ({
  box,
  runs: runs.map(([text, conf]) => ({ text, conf, box })),
});

describe('read quality', () => {
  it('mean confidence per character, spaces not counted', () => {
    const q = readQuality([line(['회의는', 90], ['3월', 60]), line(['a b', 30])]);
    expect(q.chars).toBe(7);
    expect(q.meanConf).toBeCloseTo((3 * 90 + 2 * 60 + 2 * 30) / 7);
  });

  it("tesseract's words count by their own confidence, not their run's lowest", () => {
    const words = [
      { text: '会', conf: 95, box },
      { text: '議', conf: 12, box },
      { text: 'は三', conf: 90, box },
    ];
    const q = wordQuality([{ page: 1, box, words }]);
    expect(q).toEqual({ chars: 4, meanConf: (95 + 12 + 2 * 90) / 4 });
    expect(readsUpright(q)).toBe(true);
  });

  it('an empty or unconfident read is not taken as upright', () => {
    expect(readsUpright(readQuality([]))).toBe(false);
    expect(readsUpright(readQuality([line(['ㅎ617무준', 38])]))).toBe(false);
    expect(readsUpright(readQuality([line(['회의는', 91])]))).toBe(true);
  });

  it('confident characters outweigh many junk ones', () => {
    const good = [line(['会議は三月', 94])];
    const junk = [line(['立っ則びい国せ導時屋本半富冬曲', 35], ['対立議い衣征こ', 48])];
    expect(confidentChars(good)).toBeGreaterThan(confidentChars(junk));
    expect(confidentChars(junk)).toBe(0);
  });

  it('probe scores are kept per image of the list', () => {
    const scores = probeScores([
      { page: 1, box, words: [{ text: 'ab', conf: 100, box }] },
      { page: 2, box, words: [{ text: 'abc', conf: 75, box }] },
      { page: 2, box, words: [{ text: 'x', conf: 20, box }] },
    ]);
    expect(scores.get(1)).toBe(2);
    expect(scores.get(2)).toBe(1.5);
    expect(scores.get(3)).toBeUndefined();
  });
});
