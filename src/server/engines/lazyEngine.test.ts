import { describe, expect, it } from 'vitest';
import { fakeEngine } from '../../../test/support/fakeEngine.ts';
import { lazyEngine } from './lazyEngine.ts';

describe('lazyEngine', () => {
  it('loads once, on first use, and delegates', async () => {
    let loads = 0;
    const inner = fakeEngine('tesseract');
    const lazy = lazyEngine('tesseract', async () => {
      loads++;
      return inner;
    });
    expect(loads).toBe(0);
    expect(await lazy.availability()).toEqual(await inner.availability());
    await lazy.availability();
    expect(loads).toBe(1);
    expect(lazy.name).toBe('tesseract');
  });

  it('reports a module that fails to load as unavailable', async () => {
    const lazy = lazyEngine('tesseract', async () => {
      throw new Error('Cannot find module');
    });
    expect(await lazy.availability()).toEqual({
      available: false,
      reason: 'the tesseract engine failed to load (Cannot find module)',
    });
  });
});
