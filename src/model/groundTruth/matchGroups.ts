import { matchByOverlap } from '../review/align.ts';
import { boundsOf, centroid, pointInPolygon } from '../geometry/geometry.ts';
import { textSimilarity } from '../review/similarity.ts';
import { SpatialIndex } from '../geometry/spatial.ts';
import type { Point } from '../types.ts';

/** A word of either side for matching: its box (in the new run's space) and text. */
export interface MatchWord {
  poly: Point[];
  text: string;
}

/**
 * How the old words (ground truth) and the new run's words of one page correspond: one to one,
 * one old word now read as several (`split`), several old words now read as one (`merged`).
 * Positions index the two input lists.
 */
export interface PageMatch {
  pairs: { old: number; fresh: number }[];
  split: { old: number; fresh: number[] }[];
  merged: { old: number[]; fresh: number }[];
  /** Old words with no counterpart, and new words with none. */
  oldOnly: number[];
  freshOnly: number[];
}

/** Least overlap for a one-to-one pair; the compare view pairs runs with the same default. */
export const MATCH_MIN_IOU = 0.3;

/** For each word of `inner`, which words of `outer` contain its centre (through a spatial index). */
function centresIn(outer: readonly MatchWord[], inner: readonly MatchWord[]): number[][] {
  const index = new SpatialIndex(outer.map((w, id) => ({ id, poly: w.poly, bounds: boundsOf(w.poly) })));
  const holders: number[][] = outer.map(() => []);
  inner.forEach((w, k) => {
    const c = centroid(w.poly);
    for (const o of index.search({ minX: c.x, minY: c.y, maxX: c.x, maxY: c.y })) {
      if (pointInPolygon(c, outer[o].poly)) holders[o].push(k);
    }
  });
  return holders;
}

/**
 * Matches by position, as compare pairs runs (align.ts): first the splits and merges, found by
 * centre-in-polygon (an old word holding the centres of two or more new words that hold no other
 * old centre, and the converse), then the rest one to one by IoU with text similarity settling
 * near ties, then leftovers that hold each other's centres. Two halves of a split word overlap their old word by about 0.5 each, so the groups
 * must be taken before the IoU pairing could give one half the whole word.
 */
export function matchPage(
  old: readonly MatchWord[],
  fresh: readonly MatchWord[],
  minIou = MATCH_MIN_IOU,
): PageMatch {
  const freshInOld = centresIn(old, fresh);
  const oldInFresh = centresIn(fresh, old);
  const usedOld = new Uint8Array(old.length);
  const usedFresh = new Uint8Array(fresh.length);
  const split: PageMatch['split'] = [];
  const merged: PageMatch['merged'] = [];
  freshInOld.forEach((pieces, o) => {
    if (pieces.length < 2 || !pieces.every((f) => oldInFresh[f].every((x) => x === o))) return;
    split.push({ old: o, fresh: pieces });
    usedOld[o] = 1;
    for (const f of pieces) usedFresh[f] = 1;
  });
  oldInFresh.forEach((parts, f) => {
    if (usedFresh[f] || parts.length < 2) return;
    if (!parts.every((o) => !usedOld[o] && freshInOld[o].every((x) => x === f))) return;
    merged.push({ old: parts, fresh: f });
    usedFresh[f] = 1;
    for (const o of parts) usedOld[o] = 1;
  });
  const restOld = [...old.keys()].filter((o) => !usedOld[o]);
  const restFresh = [...fresh.keys()].filter((f) => !usedFresh[f]);
  const m = matchByOverlap(
    restOld.map((o) => boundsOf(old[o].poly)),
    restFresh.map((f) => boundsOf(fresh[f].poly)),
    minIou,
    (i, j) => textSimilarity(old[restOld[i]].text, fresh[restFresh[j]].text),
  );
  const pairs = m.pairs.map((p) => ({ old: restOld[p.i], fresh: restFresh[p.j] }));
  const oldOnly = m.onlyA.map((i) => restOld[i]);
  const freshLeft = new Set(m.onlyB.map((j) => restFresh[j]));
  // Small boxes (a 4 × 3 px dash) fall under the IoU floor when shifted by a pixel or two: pair
  // what is left when each holds the other's centre and nothing else does.
  const stillOld: number[] = [];
  for (const o of oldOnly) {
    const mine = freshInOld[o].filter((f) => freshLeft.has(f));
    const f = mine[0];
    if (mine.length === 1 && oldInFresh[f].length === 1 && oldInFresh[f][0] === o) {
      pairs.push({ old: o, fresh: f });
      freshLeft.delete(f);
    } else {
      stillOld.push(o);
    }
  }
  pairs.sort((x, y) => x.old - y.old);
  return { pairs, split, merged, oldOnly: stillOld, freshOnly: [...freshLeft].sort((x, y) => x - y) };
}
