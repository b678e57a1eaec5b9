import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, levenshtein } from './editDistance.ts';
import type { Alignment } from './editDistance.ts';
import { seeded } from '../words.testutil.ts';

/** Textbook full-matrix Levenshtein, the reference. */
function reference(a: readonly string[], b: readonly string[]): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), d[i - 1][j] + 1, d[i][j - 1] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The steps walk both sequences in order, pair equal tokens only as `equal`, and cost `distance`. */
function expectValid(al: Alignment, a: readonly string[], b: readonly string[]): void {
  let i = 0;
  let j = 0;
  let cost = 0;
  for (const s of al.steps) {
    if (s.op === 'ins') {
      expect([s.a, s.b]).toEqual([-1, j++]);
    } else if (s.op === 'del') {
      expect([s.a, s.b]).toEqual([i++, -1]);
    } else {
      expect([s.a, s.b]).toEqual([i++, j++]);
      expect(a[s.a] === b[s.b]).toBe(s.op === 'equal');
    }
    if (s.op !== 'equal') cost++;
  }
  expect([i, j]).toEqual([a.length, b.length]);
  expect(cost).toBe(al.distance);
}

const chars = (s: string) => Array.from(s);

describe('levenshtein', () => {
  it('aligns a small example with every kind of step', () => {
    const al = levenshtein(chars('kitten'), chars('sitting'));
    expect(al.distance).toBe(3);
    expect(al.steps.map((s) => s.op)).toEqual(['sub', 'equal', 'equal', 'equal', 'sub', 'equal', 'ins']);
    expect(levenshtein(chars('abc'), chars('ac')).steps.map((s) => s.op)).toEqual(['equal', 'del', 'equal']);
    expect(levenshtein([], chars('ab')).distance).toBe(2);
    expect(levenshtein(chars('ab'), []).steps.map((s) => s.op)).toEqual(['del', 'del']);
    expect(levenshtein([], []).steps).toEqual([]);
  });

  it('compares whole tokens, so it serves for words as well as characters', () => {
    const al = levenshtein(['the', 'cat', 'sat'], ['the', 'bat', 'sat', 'down']);
    expect(al.distance).toBe(2);
    expect(editDistance(['한글', '문서'], ['한글', '문서'])).toBe(0);
  });

  it('matches the textbook distance on random short sequences', () => {
    const seq = fc.array(fc.constantFrom('a', 'b', 'c', '가'), { maxLength: 14 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        const al = levenshtein(a, b);
        expect(al.distance).toBe(reference(a, b));
        expect(editDistance(a, b)).toBe(al.distance);
        expectValid(al, a, b);
      }),
      { numRuns: 300 },
    );
  });

  it('stays optimal on large inputs with 10 % scattered edits', () => {
    const rnd = seeded(7);
    const alphabet = 'abcdefgh';
    const a = Array.from({ length: 1500 }, () => alphabet[Math.floor(rnd() * alphabet.length)]);
    // About 10 % edits, scattered, so the common ends do not make the problem small.
    const b: string[] = [];
    for (const t of a) {
      const r = rnd();
      if (r < 0.03) continue;
      if (r < 0.06) b.push('x');
      else b.push(t);
      if (r > 0.97) b.push('y');
    }
    b[0] = 'z';
    b[b.length - 1] = 'z';
    const al = levenshtein(a, b);
    expect(al.distance).toBe(reference(a, b));
    expectValid(al, a, b);
  });

  it('stays optimal in the band path: long sequences with few scattered edits', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rnd = seeded(seed);
      const a = Array.from({ length: 300 + seed * 20 }, () => 'abcd'[Math.floor(rnd() * 4)]);
      const b: string[] = [];
      for (const t of a) {
        const r = rnd();
        if (r < 0.01) continue;
        if (r < 0.02) b.push('x');
        else b.push(t);
        if (r > 0.99) b.push('y', 'y');
      }
      b[0] = 'z';
      b.push('z');
      const al = levenshtein(a, b);
      expect(al.distance).toBe(reference(a, b));
      expectValid(al, a, b);
    }
  });

  it('falls back to Hirschberg when the band would be too wide (unrelated long texts)', () => {
    const rnd = seeded(3);
    const a = Array.from({ length: 3200 }, () => 'abcdefghij'[Math.floor(rnd() * 10)]);
    const b = Array.from({ length: 3000 }, () => 'abcdefghij'[Math.floor(rnd() * 10)]);
    const al = levenshtein(a, b);
    expect(al.distance).toBe(reference(a, b));
    expectValid(al, a, b);
  });

  it('band path: optimal for any mix of edits on sequences past the small-matrix size', () => {
    const long = fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 140, maxLength: 200 });
    const edits = fc.array(fc.tuple(fc.nat(220), fc.constantFrom('ins', 'del', 'sub')), { maxLength: 40 });
    fc.assert(
      fc.property(long, edits, (a, ops) => {
        const b: string[] = [...a];
        for (const [at, op] of ops) {
          const k = at % (b.length + 1);
          if (op === 'ins') b.splice(k, 0, 'x');
          else if (op === 'del' && k < b.length) b.splice(k, 1);
          else if (k < b.length) b[k] = 'y';
        }
        const al = levenshtein(a, b);
        expect(al.distance).toBe(reference(a, b));
        expectValid(al, a, b);
      }),
      { numRuns: 60 },
    );
  });
});
