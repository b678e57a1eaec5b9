import { describe, expect, it } from 'vitest';
import { batchFinished, batchFraction, batchText } from './batchProgress.ts';

const p = (done: number, failed: number, running: number, queued: number) => ({
  total: done + failed + running + queued,
  done,
  failed,
  running,
  queued,
});

describe('batch progress', () => {
  it('is finished when nothing is queued or running, or the store says it was cancelled', () => {
    expect(batchFinished(p(3, 1, 0, 0))).toBe(true);
    expect(batchFinished(p(3, 0, 1, 0))).toBe(false);
    expect(batchFinished(p(3, 0, 0, 2))).toBe(false);
    expect(batchFinished({ ...p(1, 0, 0, 4), state: 'cancelled' })).toBe(true);
    expect(batchFinished({ ...p(1, 0, 0, 0), state: 'running' })).toBe(false);
  });

  it('counts failed jobs as finished in the fraction', () => {
    expect(batchFraction(p(6, 3, 1, 2))).toBe(0.75);
    expect(batchFraction(p(0, 0, 0, 0))).toBe(1);
  });

  it('says what is done, failed, running and queued', () => {
    expect(batchText(p(7, 1, 2, 2))).toBe('7 of 12 done · 1 failed · 2 running · 2 queued');
    expect(batchText(p(12, 0, 0, 0))).toBe('12 of 12 done');
    expect(batchText({ ...p(2, 3, 0, 0), cancelledJobs: 3, state: 'cancelled' })).toBe(
      '2 of 5 done · 3 failed · cancelled · 3 of the failed cancelled',
    );
    expect(batchText({ ...p(4, 0, 0, 0), reused: 4 })).toBe('4 of 4 done · 4 reused');
  });
});
