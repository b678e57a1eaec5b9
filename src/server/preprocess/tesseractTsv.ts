/**
 * Reads tesseract's `tsv` output into words and lines, for measuring recognition (the engine has
 * its own conversion to CLOVA fields; this one only needs text and line grouping).
 */

export interface TsvWord {
  text: string;
  confidence: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** 1-based page (with an image list as input: the list entry). */
  page: number;
  /** page/block/paragraph/line key: words sharing it are on one tesseract line. */
  lineKey: string;
}

/** Word rows (level 5) with non-blank text, in tesseract's reading order. */
export function parseTsvWords(tsv: string): TsvWord[] {
  const words: TsvWord[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols.length < 12 || cols[0] !== '5') continue;
    const text = cols.slice(11).join('\t').trim();
    if (text === '') continue;
    words.push({
      text,
      confidence: Number(cols[10]),
      left: Number(cols[6]),
      top: Number(cols[7]),
      width: Number(cols[8]),
      height: Number(cols[9]),
      page: Number(cols[1]),
      lineKey: `${cols[1]}/${cols[2]}/${cols[3]}/${cols[4]}`,
    });
  }
  return words;
}

/** The words as text: one tesseract line per text line, words joined by a space. */
export function tsvWordsToText(words: TsvWord[]): string {
  const lines: string[] = [];
  let lastKey: string | undefined;
  for (const w of words) {
    if (w.lineKey === lastKey) lines[lines.length - 1] += ` ${w.text}`;
    else lines.push(w.text);
    lastKey = w.lineKey;
  }
  return lines.join('\n');
}
