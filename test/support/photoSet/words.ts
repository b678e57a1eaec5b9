import { referenceWords } from './index.ts';

/**
 * Marks each word the engine read as right when it equals a word of the known text not already
 * matched (a multiset match, order-insensitive like the bag-of-characters CER; both sides NFKC).
 */
export function labelWords<W extends { text: string }>(
  reference: string,
  words: readonly W[],
): (W & { right: boolean })[] {
  const left = new Map<string, number>();
  for (const w of referenceWords(reference)) left.set(w, (left.get(w) ?? 0) + 1);
  return words.map((w) => {
    const key = w.text.normalize('NFKC');
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    return { ...w, right: n > 0 };
  });
}
