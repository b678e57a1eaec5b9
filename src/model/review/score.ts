import { levenshtein } from './editDistance.ts';
import { cerUnits, errorRate, normalizeText, wordErrors, wordsText } from './metrics.ts';
import { PAGE_SEPARATOR } from '../document/text.ts';
import type { DocumentModel } from '../types.ts';

export interface ScoreTotals {
  cer: number;
  wer: number;
  charErrors: number;
  /** Code points in the expected text (normalised: single spaces counted). */
  chars: number;
  wordErrors: number;
  /** Words in the expected text. */
  words: number;
}

export interface PageScore extends ScoreTotals {
  pageIndex: number;
  /** Recognised words that carry a misrecognised span, in the page's text order. */
  errorWordIds: number[];
}

export interface DocumentScore extends ScoreTotals {
  /** The pages that had an expected text, in page order. */
  pages: PageScore[];
}

/** A page's words in the response's order (the order issue 16 §1 reads a page in). */
export function responseOrderWords(doc: DocumentModel, pageIndex: number): number[] {
  const page = doc.pages.find((p) => p.index === pageIndex);
  return [...(page?.wordIds ?? [])].sort((x, y) => doc.words[x].fieldIndex - doc.words[y].fieldIndex);
}

/**
 * The code points of a page's recognised text (words joined by single spaces, issue 16 §1), each
 * with the position of the word it belongs to in `texts` (a space belongs to the word after it).
 */
export function ownedUnits(texts: readonly string[]): { units: string[]; owner: number[] } {
  const units: string[] = [];
  const owner: number[] = [];
  texts.forEach((text, k) => {
    const own = cerUnits(text);
    if (own.length === 0) return;
    if (units.length > 0) {
      units.push(' ');
      owner.push(k);
    }
    for (const u of own) {
      units.push(u);
      owner.push(k);
    }
  });
  return { units, owner };
}

/** ownedUnits as code points (what the report aligns, without a string per character). */
export function ownedCodes(texts: readonly string[]): { codes: Int32Array; owner: Int32Array } {
  // Normalised first, so the typed arrays are sized once (the code points are at most the units).
  const norm = new Array<string>(texts.length);
  let size = 0;
  for (let k = 0; k < texts.length; k++) size += (norm[k] = normalizeText(texts[k])).length + 1;
  const codes = new Int32Array(size);
  const owner = new Int32Array(size);
  let n = 0;
  for (let k = 0; k < norm.length; k++) {
    const t = norm[k];
    if (t === '') continue;
    if (n > 0) {
      codes[n] = 32;
      owner[n++] = k;
    }
    for (let i = 0; i < t.length; i++) {
      const c = t.codePointAt(i)!;
      if (c > 0xffff) i++;
      codes[n] = c;
      owner[n++] = k;
    }
  }
  return { codes: codes.subarray(0, n), owner: owner.subarray(0, n) };
}

/**
 * Scores one page against its expected text (see metrics.ts for the definitions). The recognised
 * text is the words in response order joined by single spaces, and every code point of it knows
 * its word (a space belongs to the word after it), so the character alignment points at the
 * words to highlight: a substituted or extra character marks its word; a missing character marks
 * the word just before the gap (the first word when the gap opens the page).
 */
export function scorePage(doc: DocumentModel, pageIndex: number, expectedText: string): PageScore {
  const ids = responseOrderWords(doc, pageIndex);
  const { units, owner: at } = ownedUnits(ids.map((id) => doc.words[id].text));
  const owner = at.map((k) => ids[k]);
  const expected = cerUnits(expectedText);
  const { distance, steps } = levenshtein(expected, units);

  const marked = new Set<number>();
  let lastB = -1;
  let gapAtStart = false;
  for (const s of steps) {
    if (s.op === 'del') {
      if (lastB >= 0) marked.add(owner[lastB]);
      else gapAtStart = true;
      continue;
    }
    if (gapAtStart) {
      marked.add(owner[s.b]);
      gapAtStart = false;
    }
    if (s.op !== 'equal') marked.add(owner[s.b]);
    lastB = s.b;
  }

  const words = wordErrors(expectedText, wordsText(ids.map((id) => doc.words[id].text)));
  const chars = { errors: distance, length: expected.length };
  return {
    pageIndex,
    cer: errorRate(chars),
    wer: errorRate(words),
    charErrors: distance,
    chars: expected.length,
    wordErrors: words.errors,
    words: words.length,
    errorWordIds: [...new Set(owner)].filter((id) => marked.has(id)),
  };
}

/**
 * Scores the pages that have an expected text (indexed by PageModel.index; null/undefined =
 * not scored). Document rates are total errors over total expected length, not a mean of pages.
 */
export function scoreDocument(
  doc: DocumentModel,
  expectedPerPage: readonly (string | null | undefined)[],
): DocumentScore {
  const pages: PageScore[] = [];
  for (const p of doc.pages) {
    const expected = expectedPerPage[p.index];
    if (typeof expected === 'string') pages.push(scorePage(doc, p.index, expected));
  }
  const sum = (k: 'charErrors' | 'chars' | 'wordErrors' | 'words') => pages.reduce((n, s) => n + s[k], 0);
  const charErrors = sum('charErrors');
  const chars = sum('chars');
  const wordErrs = sum('wordErrors');
  const words = sum('words');
  return {
    pages,
    cer: errorRate({ errors: charErrors, length: chars }),
    wer: errorRate({ errors: wordErrs, length: words }),
    charErrors,
    chars,
    wordErrors: wordErrs,
    words,
  };
}

/** A ground-truth file for several pages: pages separated by form feeds, as documentText writes. */
export const splitTruthPages = (text: string): string[] => text.split(PAGE_SEPARATOR);
