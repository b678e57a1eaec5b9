import type { Frame } from './frame.ts';
import type { Box } from './quad.ts';
import type { OcrWord } from './types.ts';

/** A word with its bounding box and centre in the deskewed frame. */
export type PlacedWord = { word: OcrWord; box: Box; cx: number; cy: number };

export function placeWords(words: OcrWord[], frame: Frame): PlacedWord[] {
  return words
    .filter((w) => w.poly.length > 0)
    .map((word) => {
      const pts = word.poly.map((p) => frame.toDeskewed(p));
      const xs = pts.map((p) => p.x);
      const ys = pts.map((p) => p.y);
      return {
        word,
        box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
        cx: xs.reduce((a, b) => a + b, 0) / xs.length,
        cy: ys.reduce((a, b) => a + b, 0) / ys.length,
      };
    });
}

/** Median word height in the deskewed frame, the page's text scale; 0 without words. */
export function medianHeight(placed: PlacedWord[]): number {
  const heights = placed.map((p) => p.box.y1 - p.box.y0).sort((a, b) => a - b);
  return heights.length === 0 ? 0 : heights[heights.length >> 1];
}
