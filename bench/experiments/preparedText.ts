import { parseTsv } from '../../src/server/engines/tesseract/tsv.ts';
import type { PreparedPage } from '../../src/server/engines/tesseract/preprocess/index.ts';

/**
 * Plain text of tesseract's tsv output for a prepared page, one text line per visual line: for
 * a whole page, tesseract's own lines; for line crops, the detector's rows (crops of one row
 * are joined left to right, as CLOVA joins the fields of one line). For measurements of
 * preprocessing variants (bench/experiments/measurePhotoCer.ts); the engine builds fields instead.
 */
export function preparedText(tsv: string, prepared: Pick<PreparedPage, 'lines'>): string {
  const lines = parseTsv(tsv);
  const words = (l: (typeof lines)[number]) => l.words.map((w) => w.text);
  if (!prepared.lines) return lines.map((l) => words(l).join(' ')).join('\n');
  const rows: string[][] = [];
  for (const l of lines) {
    const crop = prepared.lines[l.page - 1];
    if (crop) (rows[crop.row] ??= []).push(...words(l));
  }
  return rows
    .filter((r) => r !== undefined)
    .map((r) => r.join(' '))
    .join('\n');
}
