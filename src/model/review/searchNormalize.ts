/**
 * Text folding for search: NFKC (full-width/half-width forms, compatibility characters, Hangul
 * jamo composed into syllables), lower case, and any run of whitespace as one space, trimmed.
 * The folded text keeps a map back to the original, so a match in it can be shown in the original.
 */
export interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`: where its source starts and ends in the original string. */
  from: Int32Array;
  to: Int32Array;
}

// Plain ASCII folds one character at a time with no change of length: the common, fast case.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const SPACE = /^\s+$/u;

let segmenter: Intl.Segmenter | null = null;

/**
 * Folds grapheme cluster by cluster: NFKC composes only within a cluster (a syllable from its jamo,
 * ｶ + ﾞ into ガ), so folding clusters separately equals folding the whole string, and each folded
 * unit knows the cluster it came from.
 */
export function foldForSearch(s: string): FoldedText {
  const text: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let pendingSpace = -1;
  const emit = (folded: string, start: number, end: number) => {
    if (SPACE.test(folded)) {
      // Leading spaces vanish; a run of spaces becomes one, emitted only if text follows.
      if (text.length > 0 && pendingSpace < 0) pendingSpace = start;
      return;
    }
    if (pendingSpace >= 0) {
      text.push(' ');
      from.push(pendingSpace);
      to.push(start);
      pendingSpace = -1;
    }
    for (let k = 0; k < folded.length; k++) {
      text.push(folded[k]);
      from.push(start);
      to.push(end);
    }
  };
  if (PRINTABLE_ASCII.test(s)) {
    for (let i = 0; i < s.length; i++) emit(s[i].toLowerCase(), i, i + 1);
  } else {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { segment, index } of segmenter.segment(s)) {
      emit(segment.normalize('NFKC').toLowerCase(), index, index + segment.length);
    }
  }
  return { text: text.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The folded text alone: what a query is compared in. */
export const normalizeForSearch = (s: string): string => foldForSearch(s).text;
