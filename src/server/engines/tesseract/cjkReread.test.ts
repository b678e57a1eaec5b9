import { describe, expect, it } from 'vitest';
import type { Run, RunLine } from './cjkRuns.ts';
import { cjkOnlyLangs, mergeCjkReread } from './cjkReread.ts';

const run = (text: string, conf: number, x0: number, x1: number, y0 = 10, y1 = 30): Run => ({
  text,
  conf,
  box: { x0, y0, x1, y1 },
});
const line = (...runs: Run[]): RunLine => ({
  box: {
    x0: Math.min(...runs.map((r) => r.box.x0)),
    y0: Math.min(...runs.map((r) => r.box.y0)),
    x1: Math.max(...runs.map((r) => r.box.x1)),
    y1: Math.max(...runs.map((r) => r.box.y1)),
  },
  runs,
});
const texts = (lines: RunLine[]) => lines.map((l) => l.runs.map((r) => r.text).join(' '));

describe('cjkOnlyLangs', () => {
  it('keeps the CJK models of a request that mixes them with Latin ones', () => {
    expect(cjkOnlyLangs(['kor', 'eng'])).toEqual(['kor']);
    expect(cjkOnlyLangs(['jpn', 'chi_tra', 'eng'])).toEqual(['jpn', 'chi_tra']);
  });

  it('has nothing to re-read with for CJK-only or Latin-only requests', () => {
    expect(cjkOnlyLangs(['kor'])).toBeUndefined();
    expect(cjkOnlyLangs(['eng'])).toBeUndefined();
  });
});

describe('mergeCjkReread', () => {
  it('takes the Hangul read where the mixed read made Latin junk of it', () => {
    const mixed = [line(run('판정을', 80, 0, 60), run('Bae', 35, 70, 130), run('위해', 85, 140, 180))];
    const cjk = [line(run('판정을', 78, 0, 60), run('대체', 70, 72, 128), run('위해', 84, 140, 180))];
    // Where the mixed read is surer it wins too (판정을 80 > 78): the text is the same here.
    expect(texts(mergeCjkReread(mixed, cjk))).toEqual(['판정을 대체 위해']);
  });

  it('keeps the mixed reading of an English word the CJK model reads worse', () => {
    const mixed = [line(run('회의는', 90, 0, 60), run('Room', 88, 70, 130))];
    const cjk = [line(run('회의는', 90, 0, 60), run('Rom', 40, 70, 130))];
    expect(texts(mergeCjkReread(mixed, cjk))).toEqual(['회의는 Room']);
  });

  it('puts one replacement in once when it covers several runs, in reading order', () => {
    const mixed = [line(run('12,000', 92, 0, 60), run('합계', 30, 70, 130))];
    const cjk = [line(run('12,', 40, 0, 28), run('000', 45, 32, 60), run('합계', 80, 70, 130))];
    const [merged] = mergeCjkReread(mixed, cjk);
    expect(merged.runs.map((r) => r.text)).toEqual(['12,000', '합계']);
    expect(merged.box).toEqual({ x0: 0, y0: 10, x1: 130, y1: 30 });
  });

  it('keeps, in place, a line only the mixed read found', () => {
    const mixed = [
      line(run('Bae', 35, 0, 60)),
      line(run('Invoice', 90, 0, 80, 50, 70)),
      line(run('ee', 20, 0, 40, 90, 110)),
    ];
    const cjk = [line(run('판정', 70, 0, 60)), line(run('합계', 80, 0, 40, 90, 110))];
    expect(texts(mergeCjkReread(mixed, cjk))).toEqual(['판정', 'Invoice', '합계']);
  });
});
