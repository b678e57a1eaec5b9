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
  it('replaces Latin junk with the surer Hangul read of the same place', () => {
    const mixed = [line(run('판정을', 80, 0, 60), run('Bae', 35, 70, 130), run('위해', 85, 140, 180))];
    const cjk = [line(run('판정을', 78, 0, 60), run('대체', 70, 72, 128), run('위해', 84, 140, 180))];
    expect(texts(mergeCjkReread(mixed, cjk))).toEqual(['판정을 대체 위해']);
  });

  it('keeps an English word the CJK model reads worse', () => {
    const mixed = [line(run('회의는', 90, 0, 60), run('Room', 88, 70, 130))];
    const cjk = [line(run('회의는', 90, 0, 60), run('Rom', 40, 70, 130))];
    expect(texts(mergeCjkReread(mixed, cjk))).toEqual(['회의는 Room']);
  });

  it('never replaces a run that has CJK characters, whatever the confidences', () => {
    const mixed = [line(run('회외는', 30, 0, 60))];
    const cjk = [line(run('회의는', 95, 0, 60))];
    expect(texts(mergeCjkReread(mixed, cjk))).toEqual(['회외는']);
  });

  it('puts one replacement in once when several junk runs cover it, in reading order', () => {
    const mixed = [line(run('Ce', 30, 0, 28), run('oe', 30, 32, 60), run('12,000', 92, 100, 160))];
    const cjk = [line(run('자동', 75, 0, 60), run('12,000', 90, 100, 160))];
    const [merged] = mergeCjkReread(mixed, cjk);
    expect(merged.runs.map((r) => r.text)).toEqual(['자동', '12,000']);
    expect(merged.box).toEqual({ x0: 0, y0: 10, x1: 160, y1: 30 });
  });

  it('leaves runs alone where the second read found nothing (a line it lost)', () => {
    const mixed = [line(run('Bae', 35, 0, 60)), line(run('ee', 20, 0, 40, 50, 70))];
    const cjk = [line(run('판정', 70, 0, 60))];
    expect(texts(mergeCjkReread(mixed, cjk))).toEqual(['판정', 'ee']);
  });
});
