import { centroid, dominantTextDirection, projectOnto } from '../geometry/geometry.ts';
import type { Point } from '../types.ts';
import { polyOf } from './boxes.ts';
import type { GtField } from './types.ts';

export interface Placement {
  /** Where the new word goes in the page's fields list. */
  index: number;
  /** Its lineBreak flag; undefined on pages without flags (V1, 2020 V2), whose lines come from geometry. */
  lineBreak?: boolean;
  /**
   * A neighbour whose lineBreak changes with it: the last word of the line the new word joins
   * hands over its line end (false), or an unterminated last line gets one before a new line (true).
   */
  neighbour?: { index: number; lineBreak: boolean };
}

interface Frame {
  u: number;
  v0: number;
  v1: number;
}

/**
 * Where a word added by hand (or kept across a re-run) belongs in reading order, measured in the
 * page's text frame so rotated pages place alike: after the last word before it on the same line
 * (taking over the line end when that word had it), else before the first word after it on that
 * line, else as a line of its own before the first line below it.
 */
export function placeWord(fields: readonly GtField[], poly: readonly Point[]): Placement {
  // Deleted words count too: they keep their place, so a word put back among them reads in order.
  const all = fields.map((f, i) => ({ f, i }));
  const flags = fields.some((f) => typeof f.lineBreak === 'boolean');
  const along = dominantTextDirection([...all.map(({ f }) => polyOf(f.boundingPoly)), poly]);
  const across = { x: -along.y, y: along.x };
  const frame = (p: readonly Point[]): Frame => {
    const [v0, v1] = projectOnto(p, across);
    const c = centroid(p);
    return { u: c.x * along.x + c.y * along.y, v0, v1 };
  };
  const me = frame(poly);
  const sameLine = (o: Frame) =>
    Math.min(o.v1, me.v1) - Math.max(o.v0, me.v0) >= 0.5 * Math.min(o.v1 - o.v0, me.v1 - me.v0);

  let prev = -1;
  let prevU = -Infinity;
  let next = -1;
  let nextU = Infinity;
  let below = -1;
  const myMid = (me.v0 + me.v1) / 2;
  for (const { f, i } of all) {
    const o = frame(polyOf(f.boundingPoly));
    if (sameLine(o)) {
      if (o.u < me.u && o.u >= prevU) [prev, prevU] = [i, o.u];
      else if (o.u >= me.u && o.u < nextU) [next, nextU] = [i, o.u];
    } else if (below < 0 && (o.v0 + o.v1) / 2 > myMid) below = i;
  }
  if (prev >= 0) {
    if (!flags) return { index: prev + 1 };
    const ends = fields[prev].lineBreak === true;
    return ends
      ? { index: prev + 1, lineBreak: true, neighbour: { index: prev, lineBreak: false } }
      : { index: prev + 1, lineBreak: false };
  }
  if (next >= 0) return flags ? { index: next, lineBreak: false } : { index: next };
  if (below < 0) {
    const last = fields.length - 1;
    if (!flags) return { index: fields.length };
    return fields[last].lineBreak === true
      ? { index: fields.length, lineBreak: true }
      : { index: fields.length, lineBreak: true, neighbour: { index: last, lineBreak: true } };
  }
  if (!flags) return { index: below };
  // A line of its own: start it where a line starts, never inside one.
  let index = below;
  while (index > 0 && fields[index - 1].lineBreak !== true) index--;
  return { index, lineBreak: true };
}
