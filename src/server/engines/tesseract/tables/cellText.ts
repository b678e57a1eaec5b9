import type { CellTextLine } from '../../../../clova/index.ts';
import type { Frame } from './frame.ts';
import { boxToPoly, meanConfidence, type Box } from './quad.ts';
import type { PlacedWord } from './placeWords.ts';

/**
 * Splits a cell's words into text lines: words overlapping vertically by at least half the
 * smaller height share a line. Lines go top to bottom, words left to right.
 */
export function cellTextLines(words: PlacedWord[], frame: Frame): CellTextLine[] {
  const lines: { box: Box; words: PlacedWord[] }[] = [];
  const byTop = [...words].sort((a, b) => a.box.y0 + a.box.y1 - (b.box.y0 + b.box.y1));
  for (const w of byTop) {
    const line = lines.find((l) => verticalOverlap(l.box, w.box) >= 0.5);
    if (!line) {
      lines.push({ box: { ...w.box }, words: [w] });
      continue;
    }
    line.words.push(w);
    line.box = {
      x0: Math.min(line.box.x0, w.box.x0),
      y0: Math.min(line.box.y0, w.box.y0),
      x1: Math.max(line.box.x1, w.box.x1),
      y1: Math.max(line.box.y1, w.box.y1),
    };
  }
  return lines
    .sort((a, b) => a.box.y0 - b.box.y0)
    .map((line) => {
      const ordered = [...line.words].sort((a, b) => a.box.x0 + a.box.x1 - (b.box.x0 + b.box.x1));
      return {
        boundingPoly: boxToPoly(line.box, frame),
        inferConfidence: meanConfidence(ordered.map((w) => w.word.confidence)),
        cellWords: ordered.map(({ word }) => ({
          boundingPoly: { vertices: word.poly.map(({ x, y }) => ({ x, y })) },
          inferText: word.text,
          inferConfidence: word.confidence,
        })),
      };
    });
}

/** Overlap of the two vertical extents, relative to the smaller one. */
function verticalOverlap(a: Box, b: Box): number {
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  const smaller = Math.min(a.y1 - a.y0, b.y1 - b.y0);
  return smaller <= 0 ? (overlap >= 0 ? 1 : 0) : overlap / smaller;
}
