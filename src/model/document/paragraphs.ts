import { boundsOf, dominantTextDirection, projectOnto, quadAround } from '../geometry/geometry.ts';
import type { LineModel, ParagraphModel, Point } from '../types.ts';

/** Vertical gap (in median line heights) up to which two lines belong to one paragraph. */
export const PARAGRAPH_GAP = 1.0;
/** How many of the latest paragraphs a line may join; enough for a few columns, keeps it linear. */
const RECENT = 8;

interface Extent {
  u0: number;
  u1: number;
  v0: number;
  v1: number;
}

/**
 * Groups one page's lines (in reading order) into paragraphs: a line joins a recent paragraph
 * when it lies below that paragraph's last line with a gap under PARAGRAPH_GAP × the median line
 * height, and the two overlap along the text direction or start at the same indent. Measured in
 * the page's text frame, so skewed photos and rotated pages group the same way. Looking back at a
 * few paragraphs instead of only the previous line keeps side-by-side columns apart.
 */
export function groupParagraphs(lines: readonly LineModel[], firstId = 0): ParagraphModel[] {
  if (lines.length === 0) return [];
  const along = dominantTextDirection(lines.map((l) => l.poly));
  const across: Point = { x: -along.y, y: along.x };
  const ext: Extent[] = lines.map((l) => {
    const [u0, u1] = projectOnto(l.poly, along);
    const [v0, v1] = projectOnto(l.poly, across);
    return { u0, u1, v0, v1 };
  });
  const heights = ext.map((e) => e.v1 - e.v0).sort((a, b) => a - b);
  const maxGap = PARAGRAPH_GAP * heights[heights.length >> 1];

  const groups: number[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const e = ext[i];
    let best = -1;
    let bestGap = Infinity;
    for (let g = groups.length - 1; g >= Math.max(0, groups.length - RECENT); g--) {
      const members = groups[g];
      const a = ext[members[members.length - 1]];
      const gap = e.v0 - a.v1;
      const below = e.v0 + e.v1 > a.v0 + a.v1;
      const overlaps = e.u0 < a.u1 && a.u0 < e.u1;
      const aligned = Math.abs(e.u0 - a.u0) < maxGap;
      if (below && gap < maxGap && (overlaps || aligned) && gap < bestGap) {
        best = g;
        bestGap = gap;
      }
    }
    if (best >= 0) groups[best].push(i);
    else groups.push([i]);
  }
  return groups.map((members, k) => makeParagraph(lines, members, firstId + k));
}

function makeParagraph(lines: readonly LineModel[], members: readonly number[], id: number): ParagraphModel {
  const poly = quadAround(members.map((m) => lines[m].poly));
  return {
    id,
    pageIndex: lines[members[0]].pageIndex,
    lineIds: members.map((m) => lines[m].id),
    bounds: boundsOf(poly),
    poly,
    text: members.map((m) => lines[m].text).join('\n'),
  };
}
