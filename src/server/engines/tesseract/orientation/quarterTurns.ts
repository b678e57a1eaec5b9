import type { Vertex } from '../../../../clova/index.ts';
import type { Run, RunLine } from '../cjkRuns.ts';
import type { Box } from '../tsv.ts';

/**
 * Clockwise turn, in degrees, that makes a page upright (sharp's `rotate(turn)` on the original
 * gives the page tesseract reads). 0 is an upright page.
 */
export type QuarterTurn = 0 | 90 | 180 | 270;

export interface Size {
  width: number;
  height: number;
}

/** The upright page's size: a quarter turn swaps width and height. */
export function turnedSize(original: Size, turn: QuarterTurn): Size {
  const { width, height } = original;
  return turn === 90 || turn === 270 ? { width: height, height: width } : { width, height };
}

/**
 * A point of the upright page (pixel edges, not centres) back in the original page. The upright
 * page came from turning the original `turn` degrees clockwise; this is the inverse turn.
 */
export function toOriginalPoint(x: number, y: number, turn: QuarterTurn, original: Size): [number, number] {
  switch (turn) {
    case 0:
      return [x, y];
    case 90:
      return [y, original.height - x];
    case 180:
      return [original.width - x, original.height - y];
    case 270:
      return [original.width - y, x];
  }
}

/**
 * An upright box as a quad in the original page, clockwise from the text's own top-left corner,
 * as CLOVA writes turned text (a page turned counter-clockwise starts at the bottom-left).
 */
export function toOriginalQuad(box: Box, turn: QuarterTurn, original: Size): Vertex[] {
  const corners: [number, number][] = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x1, box.y1],
    [box.x0, box.y1],
  ];
  return corners.map(([x, y]) => {
    const [ox, oy] = toOriginalPoint(x, y, turn, original);
    return { x: ox, y: oy };
  });
}

/**
 * The forward turn: a box of the original page in the page turned `turn` degrees clockwise (the
 * inverse turn, seen from the turned page).
 */
export function toTurnedBox(box: Box, turn: QuarterTurn, original: Size): Box {
  const back = ((360 - turn) % 360) as QuarterTurn;
  return toOriginalBox(box, back, turnedSize(original, turn));
}

export function quadBounds(quad: readonly Vertex[]): Box {
  const xs = quad.map((v) => v.x);
  const ys = quad.map((v) => v.y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

export function toOriginalBox(box: Box, turn: QuarterTurn, original: Size): Box {
  return quadBounds(toOriginalQuad(box, turn, original));
}

/**
 * Lines read on the upright page, in the original page's pixels. Runs keep their reading order;
 * a turned page's runs get their quad (`poly`) so the first vertex is the text's top-left.
 * `withPoly: false` keeps axis-aligned boxes only (for text whose glyphs stand upright on the
 * original page, such as vertical columns read in a turned frame).
 */
export function runLinesToOriginal(
  lines: readonly RunLine[],
  turn: QuarterTurn,
  original: Size,
  withPoly = true,
): RunLine[] {
  if (turn === 0) return lines.map((l) => ({ box: l.box, runs: l.runs.slice() }));
  const run = (r: Run): Run => {
    const quad = r.poly
      ? r.poly.map((v) => {
          const [x, y] = toOriginalPoint(v.x, v.y, turn, original);
          return { x, y };
        })
      : toOriginalQuad(r.box, turn, original);
    return { ...r, box: quadBounds(quad), ...(withPoly ? { poly: quad } : {}) };
  };
  return lines.map((l) => ({ box: toOriginalBox(l.box, turn, original), runs: l.runs.map(run) }));
}
