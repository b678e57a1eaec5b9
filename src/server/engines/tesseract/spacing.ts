import type { TessLine, TessWord } from './tsv.ts';

export interface SpacedWord extends TessWord {
  /** Was there a space between this word and the previous one on its line? */
  spaceBefore: boolean;
}
export interface SpacedLine {
  box: TessLine['box'];
  words: SpacedWord[];
}

/**
 * A gap wider than this share of the line height counts as a space (fallback only). Between 0.3
 * (best for Korean) and 0.8 (best for Japanese) on generated pages; neither came close to using
 * tesseract's own spacing, because its CJK word boxes are often a character off.
 */
export const GAP_RATIO = 0.5;

/**
 * Marks where tesseract saw spaces. Tesseract splits CJK text into one "word" per character or so,
 * but its text output (same run, `preserve_interword_spaces=1`) only puts spaces where the page
 * has them, so the text tells real spaces from character boundaries. Falls back to box gaps when
 * the two outputs do not line up.
 */
export function markSpaces(lines: readonly TessLine[], text: string): SpacedLine[] {
  return spacesFromText(lines, text) ?? spacesFromGaps(lines);
}

/** Walks the text output alongside the words; null when a word is not where it should be. */
export function spacesFromText(lines: readonly TessLine[], text: string): SpacedLine[] | null {
  let p = 0;
  const out: SpacedLine[] = [];
  for (const line of lines) {
    const words: SpacedWord[] = [];
    for (const w of line.words) {
      const start = p;
      while (p < text.length && /\s/.test(text[p])) p++;
      if (!text.startsWith(w.text, p)) return null;
      words.push({ ...w, spaceBefore: words.length === 0 || p > start });
      p += w.text.length;
    }
    out.push({ box: line.box, words });
  }
  return out;
}

export function spacesFromGaps(lines: readonly TessLine[], ratio = GAP_RATIO): SpacedLine[] {
  return lines.map((line) => {
    const h = line.box.y1 - line.box.y0;
    return {
      box: line.box,
      words: line.words.map((w, i) => ({
        ...w,
        spaceBefore: i === 0 || w.box.x0 - line.words[i - 1].box.x1 > ratio * h,
      })),
    };
  });
}
