import type { Table } from '../../../../clova/index.ts';
import { assignWords } from './assignWords.ts';
import { binarize } from './binarize.ts';
import { layoutCells, type TableLayout } from './cellLayout.ts';
import { toClovaTable } from './clovaTable.ts';
import { makeFrame } from './frame.ts';
import { buildGrids } from './grid.ts';
import { paramsFor } from './params.ts';
import { medianHeight, placeWords, type PlacedWord } from './placeWords.ts';
import { rotateGray } from './rotateGray.ts';
import { findRules } from './rules.ts';
import { estimateSkew } from './skew.ts';
import type { DetectTablesOptions, OcrWord } from './types.ts';
import type { GrayImage } from '../raster/grayImage.ts';

/**
 * Finds ruled tables on a page and fills their cells with the given OCR words (a word belongs
 * to the cell holding its centre). Pipeline: estimate skew, resample into the deskewed frame,
 * binarise, extract long thin rules, group crossing rules into grids, find merged cells where a
 * rule stretch is missing, map every polygon back onto the original page.
 */
export function detectTables(image: GrayImage, words: OcrWord[], opts: DetectTablesOptions = {}): Table[] {
  const degrees = opts.skewDegrees ?? estimateSkew(image, opts.maxSkewDegrees ?? 5);
  // Below this the drift across a whole page stays within a pixel or two; skip the resampling.
  const frame = makeFrame(image.width, image.height, Math.abs(degrees) < 0.03 ? 0 : degrees);
  const deskewed = binarize(rotateGray(image, frame));
  const placed = placeWords(words, frame);
  const params = paramsFor(frame.width, frame.height, medianHeight(placed));
  const { horizontal, vertical } = findRules(deskewed, params);
  const layouts = buildGrids(horizontal, vertical, params)
    .map((grid) => layoutCells(grid, deskewed, params))
    .filter((layout): layout is TableLayout => layout !== null && !insideOneWord(layout, placed));
  const wordsByTable = assignWords(layouts, placed);
  return layouts.map((layout, t) => toClovaTable(layout, wordsByTable[t], frame));
}

/** Strokes of one large glyph (ㅁ, 田, 回) can look like a tiny grid; the OCR word gives it away. */
function insideOneWord(layout: TableLayout, placed: PlacedWord[]): boolean {
  const x0 = layout.xs[0];
  const x1 = layout.xs[layout.xs.length - 1];
  const y0 = layout.ys[0];
  const y1 = layout.ys[layout.ys.length - 1];
  // A table is at least as big as the words in it, so a word this much smaller cannot hold it.
  const slackX = (x1 - x0) / 4;
  const slackY = (y1 - y0) / 4;
  return placed.some(
    ({ box }) =>
      box.x0 <= x0 + slackX && box.x1 >= x1 - slackX && box.y0 <= y0 + slackY && box.y1 >= y1 - slackY,
  );
}
