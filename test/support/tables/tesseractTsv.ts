import type { OcrWord } from '../../../src/server/engines/tesseract/tables/types.ts';

/** Parses `tesseract ... tsv` output into words (level 5 rows with text and a confidence). */
export function parseTesseractTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const line of tsv.split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols.length < 12 || cols[0] !== '5') continue;
    const [left, top, width, height, conf] = cols.slice(6, 11).map(Number);
    const text = cols.slice(11).join('\t').trim();
    if (!text || conf < 0) continue;
    words.push({
      text,
      confidence: Math.round(conf * 100) / 10000,
      poly: [
        { x: left, y: top },
        { x: left + width, y: top },
        { x: left + width, y: top + height },
        { x: left, y: top + height },
      ],
    });
  }
  return words;
}
