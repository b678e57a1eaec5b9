import type { GrayImage } from '../raster/grayImage.ts';
import { otsuThreshold } from '../preprocess/otsuThreshold.ts';
import type { Box } from '../tsv.ts';

/** Share of the ink left out at each side, so a speck in a corner does not stretch the window. */
const TRIM = 0.002;

/**
 * The box (in `img`'s pixels) holding the page's ink, or undefined on a blank page. Ink is the
 * minority class of the Otsu threshold, so light text on a dark page counts too.
 */
export function inkBounds(img: GrayImage): Box | undefined {
  const { data, width, height } = img;
  const t = otsuThreshold(data);
  let dark = 0;
  for (let i = 0; i < data.length; i++) if (data[i] <= t) dark++;
  const lightInk = dark > data.length / 2;
  const rows = new Float64Array(height);
  const cols = new Float64Array(width);
  let total = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x] <= t !== lightInk) {
        rows[y]++;
        cols[x]++;
        total++;
      }
    }
  }
  if (total === 0 || total === data.length) return undefined;
  const [y0, y1] = span(rows, total);
  const [x0, x1] = span(cols, total);
  return { x0, y0, x1, y1 };
}

/** First and last index (exclusive end) between the TRIM and 1 - TRIM quantiles of a profile. */
function span(profile: Float64Array, total: number): [number, number] {
  let acc = 0;
  let lo = 0;
  let hi = profile.length;
  let foundLo = false;
  for (let i = 0; i < profile.length; i++) {
    acc += profile[i];
    if (!foundLo && acc > TRIM * total) {
      lo = i;
      foundLo = true;
    }
    if (acc >= (1 - TRIM) * total) {
      hi = i + 1;
      break;
    }
  }
  return [lo, hi];
}

/**
 * A square-ish window of the ink, at most `side` pixels each way, centred on the ink: the part of
 * the page the orientation probes read.
 */
export function centralWindow(ink: Box, side: number): Box {
  const w = Math.min(ink.x1 - ink.x0, side);
  const h = Math.min(ink.y1 - ink.y0, side);
  const cx = (ink.x0 + ink.x1) / 2;
  const cy = (ink.y0 + ink.y1) / 2;
  const x0 = Math.round(cx - w / 2);
  const y0 = Math.round(cy - h / 2);
  return { x0, y0, x1: x0 + Math.round(w), y1: y0 + Math.round(h) };
}

export interface LineGaps {
  /** Median length (px) of the blank rows between inked ones: the gaps between horizontal lines. */
  rows: number;
  /** The same for columns: the gaps between vertical columns. */
  cols: number;
}

/**
 * Which way the text lines run, from the blank gaps of the ink profiles: between lines the gap
 * is the line spacing (a third of a glyph or more), between the characters of a line it is a
 * side bearing, and proportional or mixed text leaves almost no blank across a line at all. So
 * horizontal lines leave longer blank runs in rows, vertical columns in columns.
 */
export function lineGaps(img: GrayImage): LineGaps {
  const { data, width, height } = img;
  const t = otsuThreshold(data);
  let dark = 0;
  for (let i = 0; i < data.length; i++) if (data[i] <= t) dark++;
  const lightInk = dark > data.length / 2;
  const rows = new Uint32Array(height);
  const cols = new Uint32Array(width);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x] <= t !== lightInk) {
        rows[y]++;
        cols[x]++;
      }
    }
  }
  return { rows: medianInnerBlankRun(rows), cols: medianInnerBlankRun(cols) };
}

/** Median length of the blank runs between the first and the last inked entry; 0 when none. */
export function medianInnerBlankRun(profile: ArrayLike<number>): number {
  const runs: number[] = [];
  let first = -1;
  let run = 0;
  for (let i = 0; i < profile.length; i++) {
    if (profile[i] > 0) {
      if (first >= 0 && run > 0) runs.push(run);
      first = first < 0 ? i : first;
      run = 0;
    } else if (first >= 0) run++;
  }
  if (runs.length === 0) return 0;
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}
