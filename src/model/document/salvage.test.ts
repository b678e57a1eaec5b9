import { describe, expect, it } from 'vitest';
import {
  describe as describeValue,
  isRecord,
  MAX_COORD,
  readArray,
  readConfidence,
  readInt,
  readPoly,
  readString,
  readText,
} from './salvage.ts';
import { WarningLog } from './warnings.ts';

const fresh = () => new WarningLog();

describe('readPoly', () => {
  it('keeps valid vertices as given, ints or floats, negative or beyond the image', () => {
    const log = fresh();
    const v = [
      { x: -2, y: 10 },
      { x: 104.5, y: 4 },
      { x: 106, y: 149, extra: 1 },
    ];
    expect(readPoly({ vertices: v }, 'f', log)).toEqual([
      { x: -2, y: 10 },
      { x: 104.5, y: 4 },
      { x: 106, y: 149 },
    ]);
    expect(log.list()).toEqual([]);
  });

  it('drops vertices that are not finite numbers within ±MAX_COORD, and says how many', () => {
    const log = fresh();
    const v = [
      { x: 1, y: 1 },
      { x: Number.NaN, y: 1 },
      { x: MAX_COORD * 2, y: 1 },
      { x: '1', y: 1 },
      null,
      5,
      { y: 2 },
    ];
    expect(readPoly({ vertices: v }, 'f', log)).toEqual([{ x: 1, y: 1 }]);
    expect(log.list()).toEqual(['f.boundingPoly: dropped 6 of 7 vertices']);
  });

  it('reports a missing boundingPoly or vertices', () => {
    const log = fresh();
    expect(readPoly(undefined, 'a', log)).toEqual([]);
    expect(readPoly({ vertices: 'x' }, 'b', log)).toEqual([]);
    expect(log.list()).toEqual([
      'a.boundingPoly: missing or not an object',
      'b.boundingPoly.vertices: missing or not an array',
    ]);
  });
});

describe('scalar readers', () => {
  it('readConfidence clamps, zeroes non-numbers, and passes valid ones silently', () => {
    const log = fresh();
    expect(readConfidence(0.1182, 'a', log)).toBe(0.1182);
    expect(readConfidence(1, 'a', log)).toBe(1);
    expect(log.count).toBe(0);
    expect(readConfidence(-0.5, 'b', log)).toBe(0);
    expect(readConfidence(Infinity, 'c', log)).toBe(1);
    expect(readConfidence(Number.NaN, 'd', log)).toBe(0);
    expect(readConfidence('0.9', 'e', log)).toBe(0);
    expect(log.count).toBe(4);
  });

  it('readText keeps strings verbatim, stringifies numbers, empties the rest', () => {
    const log = fresh();
    expect(readText('<b>x</b>', 'a', log)).toBe('<b>x</b>');
    expect(readText('', 'a', log)).toBe('');
    expect(log.count).toBe(0);
    expect(readText(42, 'b', log)).toBe('42');
    expect(readText({}, 'c', log)).toBe('');
    expect(log.list()).toEqual([
      'b.inferText: number instead of string; converted',
      'c.inferText: missing or not a string; empty text assumed',
    ]);
  });

  it('readInt accepts integers in range only', () => {
    const log = fresh();
    expect(readInt(3, 0, 10, 'a', log)).toBe(3);
    expect(readInt(3.5, 0, 10, 'b', log)).toBeNull();
    expect(readInt(11, 0, 10, 'c', log)).toBeNull();
    expect(readInt(undefined, 0, 10, 'd', log)).toBeNull();
    expect(log.list()).toEqual([
      'b: 3.5 is not an integer in 0..10',
      'c: 11 is not an integer in 0..10',
      'd: missing is not an integer in 0..10',
    ]);
  });

  it('readString and readArray fall back with a warning; optional arrays may be absent', () => {
    const log = fresh();
    expect(readString('V2', '', 'v', log)).toBe('V2');
    expect(readString(2, 'x', 'v', log)).toBe('x');
    expect(readArray([1], 'a', log)).toEqual([1]);
    expect(readArray(undefined, 'b', log, true)).toEqual([]);
    expect(log.count).toBe(1);
    expect(readArray(undefined, 'c', log)).toEqual([]);
    expect(readArray({}, 'd', log, true)).toEqual([]);
    expect(log.list().slice(1)).toEqual(['c: missing', 'd: not an array']);
  });

  it('describe never throws and stays short', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('object');
    expect(describeValue(10n)).toBe('bigint');
    expect(describeValue('x'.repeat(1000)).length).toBeLessThan(40);
    expect(describeValue(null)).toBe('null');
    expect(describeValue([])).toBe('an array');
  });

  it('isRecord accepts plain objects only', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('x')).toBe(false);
  });
});
