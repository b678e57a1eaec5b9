import { describe, expect, it } from 'vitest';
import { binOf, colourBatches, tracePoly, withAlpha } from './paths.ts';
import type { PathSink } from './paths.ts';
import { confidenceColor } from '../../model/index.ts';

function recorder(): PathSink & { ops: string[] } {
  const ops: string[] = [];
  return {
    ops,
    moveTo: (x, y) => ops.push(`M${x},${y}`),
    lineTo: (x, y) => ops.push(`L${x},${y}`),
  };
}

describe('tracePoly', () => {
  it('traces a skewed quad vertex by vertex, negative coordinates included', () => {
    const r = recorder();
    tracePoly(r, [
      { x: -2, y: 5 },
      { x: 40, y: 1 },
      { x: 42, y: 20 },
      { x: 0, y: 24 },
    ]);
    // Starts mid first edge, visits every vertex in order, and comes back: a closed outline.
    expect(r.ops).toEqual(['M19,3', 'L40,1', 'L42,20', 'L0,24', 'L-2,5', 'L19,3']);
  });
  it('skips non-finite vertices and draws nothing for a single point', () => {
    const r = recorder();
    tracePoly(r, [
      { x: NaN, y: 1 },
      { x: 3, y: 4 },
    ]);
    expect(r.ops).toEqual([]);
    const two = recorder();
    tracePoly(two, [
      { x: 0, y: 0 },
      { x: NaN, y: 1 },
      { x: 4, y: 0 },
    ]);
    expect(two.ops).toEqual(['M2,0', 'L4,0', 'L0,0', 'L2,0']);
    const empty = recorder();
    tracePoly(empty, []);
    expect(empty.ops).toEqual([]);
  });
});

describe('colourBatches', () => {
  const t = { low: 0.8, high: 0.95 };
  it('puts equal bins together and colours the extremes like the legend', () => {
    const batches = colourBatches([0.1, 0.5, 0.99, 1, 0.875], (c) => c, t, 24);
    expect(batches.map((b) => b.items)).toEqual([[0.1, 0.5], [0.875], [0.99, 1]]);
    expect(batches[0].color).toBe(confidenceColor(0, t));
    expect(batches[2].color).toBe(confidenceColor(1, t));
  });
  it('bins a value at the threshold into the high bin', () => {
    expect(binOf(0.95, t, 10)).toBe(10);
    expect(binOf(0.8, t, 10)).toBe(0);
    expect(binOf(0.7999, t, 10)).toBe(-1);
    expect(binOf(NaN, t, 10)).toBe(-1);
  });
});

describe('withAlpha', () => {
  it('adds alpha to rgb()', () => {
    expect(withAlpha('rgb(1, 2, 3)', 0.5)).toBe('rgba(1, 2, 3, 0.5)');
    expect(withAlpha('#fff', 0.5)).toBe('#fff');
  });
});
