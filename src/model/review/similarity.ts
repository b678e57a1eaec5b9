import { editDistance } from './editDistance.ts';
import { normalizeForSearch } from './searchNormalize.ts';

/**
 * How alike two recognised texts are, 0..1: 1 − edit distance / longer length, over code points
 * of the search-folded texts (so width and case variants count as alike). Two empty texts are 1.
 */
export function textSimilarity(p: string, q: string): number {
  if (p === q) return 1;
  const a = Array.from(normalizeForSearch(p));
  const b = Array.from(normalizeForSearch(q));
  const len = Math.max(a.length, b.length);
  return len === 0 ? 1 : 1 - editDistance(a, b) / len;
}
