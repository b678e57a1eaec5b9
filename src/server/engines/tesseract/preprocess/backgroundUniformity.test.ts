import { describe, expect, it } from 'vitest';
import { backgroundUniformity } from './backgroundUniformity.ts';

describe('backgroundUniformity', () => {
  it('is the share of pixels near the most common grey level', () => {
    const grey = new Uint8Array(100).fill(250);
    grey.fill(0, 0, 10); // ink
    grey.fill(240, 10, 20); // paper grain within tolerance
    expect(backgroundUniformity(grey)).toBeCloseTo(0.9);
  });

  it('is low for a gradient, as under uneven lighting', () => {
    const grey = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(backgroundUniformity(grey)).toBeLessThan(0.2);
  });

  it('treats an empty image as uniform', () => {
    expect(backgroundUniformity(new Uint8Array(0))).toBe(1);
  });
});
