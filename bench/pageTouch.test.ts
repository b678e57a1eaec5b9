import { describe, expect, it } from 'vitest';
import { pageTouchMicros, transparentHugepages } from './pageTouch.ts';

describe('pageTouchMicros', () => {
  it('gives a positive, finite cost per page', () => {
    const us = pageTouchMicros(4, 1);
    expect(Number.isFinite(us)).toBe(true);
    expect(us).toBeGreaterThan(0);
  });
});

describe('transparentHugepages', () => {
  it('reads the selected mode, or null where the kernel has none', () => {
    expect([null, 'always', 'madvise', 'never']).toContain(transparentHugepages());
  });
});
