/**
 * A small seeded PRNG (mulberry32): the report's bootstrap and the audit's sample must give the
 * same figures every time for the same data and seed, on any machine. Not for secrets.
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct positions of 0..n-1 drawn without replacement (partial Fisher–Yates), in draw order. */
export function sampleIndexes(n: number, k: number, random: Random): number[] {
  const take = Math.max(0, Math.min(n, Math.floor(k)));
  // Only the swapped positions are remembered: a sample of 200 from 10 million words stays small.
  const swapped = new Map<number, number>();
  const at = (i: number) => swapped.get(i) ?? i;
  const out: number[] = [];
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    const vi = at(i);
    const vj = at(j);
    swapped.set(j, vi);
    swapped.set(i, vj);
    out.push(vj);
  }
  return out;
}
