import type { Vertex } from '../../../../clova/index.ts';
import type { RunLine } from '../cjkRuns.ts';
import { quadBounds } from '../orientation/quarterTurns.ts';
import type { GrayImage } from '../raster/grayImage.ts';
import { makeFrame, type Frame } from '../tables/frame.ts';
import { rotateGray } from '../tables/rotateGray.ts';
import type { Box } from '../tsv.ts';

/**
 * Pages turned by less than this are read as they are. Tesseract's line finding copes with a
 * slight slope in large text, but small text on a wide table loses its rows (the generated 3°
 * ruled table at 72 dpi: cell CER 0.162 read turned; see bench/experiments/measureLowresSteps.ts).
 */
export const MIN_DESKEW_DEGREES = 0.5;
/** The skew search (tables/skew.ts) looks no further: beyond it a page is turned, not skewed. */
export const MAX_DESKEW_DEGREES = 5;

/** Below this the skew search cannot tell a turn from none (its fine step is 0.025°). */
const MEASURABLE_DEGREES = 0.05;

/**
 * The turn to undo for a page whose estimated skew is `skew` degrees clockwise (0: none).
 * `any` lowers the threshold to what is measurable (for comparisons).
 */
export function deskewAngle(skew: number | undefined, any = false): number {
  if (skew === undefined || !Number.isFinite(skew)) return 0;
  const a = Math.abs(skew);
  return a >= (any ? MEASURABLE_DEGREES : MIN_DESKEW_DEGREES) && a <= MAX_DESKEW_DEGREES ? skew : 0;
}

/**
 * The page turned back by `degrees` onto a canvas that holds all of it (white outside the page),
 * resampled bilinearly. Done after any upscaling, so the interpolation works on the enlarged
 * pixels and costs the small glyphs nothing more.
 */
export function deskewImage(image: GrayImage, degrees: number): { image: GrayImage; frame: Frame } {
  const frame = makeFrame(image.width, image.height, degrees);
  return { image: rotateGray(image, frame), frame };
}

/**
 * Lines read on the deskewed (and `scale`-times enlarged) copy, back in the page's own pixels:
 * each run becomes the quad it covers on the turned page (clockwise from its top-left, as CLOVA
 * writes slanted text), its box the quad's bounds.
 */
export function deskewedRunLines(lines: readonly RunLine[], frame: Frame, scale: number): RunLine[] {
  const quad = (b: Box): Vertex[] =>
    [
      { x: b.x0, y: b.y0 },
      { x: b.x1, y: b.y0 },
      { x: b.x1, y: b.y1 },
      { x: b.x0, y: b.y1 },
    ].map((p) => {
      const o = frame.toOriginal(p);
      return { x: Math.round(o.x / scale), y: Math.round(o.y / scale) };
    });
  return lines.map((l) => ({
    box: quadBounds(quad(l.box)),
    runs: l.runs.map((r) => {
      const poly = quad(r.box);
      return { ...r, box: quadBounds(poly), poly };
    }),
  }));
}
