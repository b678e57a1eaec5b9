/** Axis-aligned box in page pixels; x1/y1 exclusive (left + width). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TessWord {
  text: string;
  /** tesseract's 0..100 confidence. */
  conf: number;
  box: Box;
}

/** One tesseract text line (level 4) with its non-blank words (level 5) in reading order. */
export interface TessLine {
  /** tesseract's 1-based page_num: with an image list as input, the list entry the line is on. */
  page: number;
  box: Box;
  words: TessWord[];
}

/**
 * Parses `tesseract ... tsv` output into lines of words. Blank words and empty lines are dropped.
 * The one TSV reader of the project: the engine and the preprocessing measurements share it.
 */
export function parseTsv(tsv: string): TessLine[] {
  const lines: TessLine[] = [];
  let current: TessLine | undefined;
  let currentKey = '';
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c.length < 12 || (c[0] !== '4' && c[0] !== '5')) continue;
    const key = c.slice(1, 5).join('.');
    const box = { x0: +c[6], y0: +c[7], x1: +c[6] + +c[8], y1: +c[7] + +c[9] };
    if (c[0] === '4') {
      current = { page: Number(c[1]), box, words: [] };
      currentKey = key;
      lines.push(current);
      continue;
    }
    const text = c.slice(11).join('\t').trim();
    if (text === '' || !current || key !== currentKey) continue;
    current.words.push({ text, conf: Number(c[10]), box });
  }
  return lines.filter((l) => l.words.length > 0);
}
