import type { PreparedPage } from './index.ts';
import { parseTsvWords, tsvWordsToText } from './tesseractTsv.ts';

/**
 * Plain text of tesseract's tsv output for a prepared page, one text line per visual line: for
 * a whole page, tesseract's own lines; for line crops, the detector's rows (crops of one row
 * are joined left to right, as CLOVA joins the fields of one line).
 */
export function preparedText(tsv: string, prepared: Pick<PreparedPage, 'lines'>): string {
  const words = parseTsvWords(tsv);
  if (!prepared.lines) return tsvWordsToText(words);
  const rows: string[][] = [];
  for (const w of words) {
    const line = prepared.lines[w.page - 1];
    if (!line) continue;
    (rows[line.row] ??= []).push(w.text);
  }
  return rows
    .filter((r) => r !== undefined)
    .map((r) => r.join(' '))
    .join('\n');
}
