import { describe, expect, it } from 'vitest';
import { cachedAvailability } from './cachedAvailability.ts';
import type { EngineAvailability } from './engine.ts';

function counting(answers: EngineAvailability[]) {
  let calls = 0;
  const check = async () => answers[Math.min(calls++, answers.length - 1)];
  return { check, calls: () => calls };
}

describe('cachedAvailability', () => {
  it('checks once while available, and again after the time to live', async () => {
    let t = 0;
    const c = counting([{ available: true }]);
    const get = cachedAvailability(c.check, 1000, () => t);
    expect(await get()).toEqual({ available: true });
    t = 999;
    await get();
    expect(c.calls()).toBe(1);
    t = 1000;
    await get();
    expect(c.calls()).toBe(2);
  });

  it('shares one check among concurrent callers', async () => {
    const c = counting([{ available: true }]);
    const get = cachedAvailability(c.check, 1000, () => 0);
    await Promise.all([get(), get(), get()]);
    expect(c.calls()).toBe(1);
  });

  it('does not keep an unavailable answer or a failure', async () => {
    const c = counting([{ available: false, reason: 'missing' }, { available: true }]);
    const get = cachedAvailability(c.check, 1000, () => 0);
    expect((await get()).available).toBe(false);
    expect((await get()).available).toBe(true);
    expect(c.calls()).toBe(2);

    let fail = true;
    let calls = 0;
    const flaky = cachedAvailability(
      async () => {
        calls++;
        if (fail) throw new Error('boom');
        return { available: true };
      },
      1000,
      () => 0,
    );
    await expect(flaky()).rejects.toThrow('boom');
    fail = false;
    expect((await flaky()).available).toBe(true);
    expect(calls).toBe(2);
  });
});
