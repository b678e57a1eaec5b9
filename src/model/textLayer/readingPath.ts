import { boxFrame, boxToWorld } from '../geometry/coords.ts';
import { centroid, dominantTextDirection, projectOnto } from '../geometry/geometry.ts';
import type { DocumentModel, Point } from '../types.ts';

/**
 * The reading-order layer's path (issue 15 §6): the words or lines of a page in the response's
 * own order (the order CLOVA listed its fields, not the viewer's regrouping), a point per item
 * and a kind per step between consecutive items, so a reader sees at a glance where the order
 * leaves the text's flow (interleaved columns, a table read across).
 */
export type OrderUnit = 'words' | 'lines';

/**
 * `next`: on along the same line; `down`: to the following line, back at its start; `jump`:
 * anything else (up the page, across a gutter, backwards along a line).
 */
export type StepKind = 'next' | 'down' | 'jump';

export interface ReadingPath {
  /** One per item, in order: the centre of its box. */
  points: Point[];
  /**
   * One per item: where its number goes, the top corner of its box's leading edge, so the badge
   * sits mostly in the margin and line gap and hides little of the item's first character.
   */
  starts: Point[];
  /** steps[i] joins points[i] and points[i + 1]. */
  steps: StepKind[];
  /** Median box height across the text (world units): what the numbers and arrows are sized by. */
  lineHeight: number;
}

/** A step within this many line heights across the text stays on the line. */
const SAME_LINE = 0.6;
/** A gap along the line wider than this many line heights is a jump (a gutter, a table column). */
const WIDE_GAP = 2.5;
/** The next line is at most this many line heights further down (a blank line between paragraphs is not a jump). */
const NEXT_LINE = 4;

/** The polygons of a page's words or lines in the response's order. */
export function orderedPolys(doc: DocumentModel, pageIndex: number, unit: OrderUnit): Point[][] {
  const page = doc.pages.find((p) => p.index === pageIndex);
  if (!page) return [];
  // wordIds are in the viewer's reading order; the response's own order is the field order.
  const words = page.wordIds.map((id) => doc.words[id]).sort((a, b) => a.fieldIndex - b.fieldIndex);
  if (unit === 'words') return words.map((w) => w.poly);
  const seen = new Set<number>();
  const out: Point[][] = [];
  for (const w of words) {
    if (seen.has(w.lineId)) continue;
    seen.add(w.lineId);
    out.push(doc.lines[w.lineId].poly);
  }
  return out;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Points and step kinds through `polys` in the order given. */
export function readingPath(polys: readonly Point[][]): ReadingPath {
  const usable = polys.filter((p) => p.length > 0);
  const points = usable.map((p) => centroid(p));
  const d = dominantTextDirection(usable);
  const n = { x: -d.y, y: d.x };
  const frames = usable.map((p) => boxFrame(p));
  const starts = frames.map((f) => boxToWorld(f, { x: 0, y: 0 }));
  const lineHeight = median(frames.map((f) => f.height)) || 1;
  const spans = usable.map((p) => projectOnto(p, d));
  const steps: StepKind[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const across =
      ((points[i + 1].x - points[i].x) * n.x + (points[i + 1].y - points[i].y) * n.y) / lineHeight;
    const gap = (spans[i + 1][0] - spans[i][1]) / lineHeight;
    if (Math.abs(across) <= SAME_LINE && gap >= -0.5 && gap <= WIDE_GAP) steps.push('next');
    else if (across > SAME_LINE && across <= NEXT_LINE && spans[i + 1][0] <= spans[i][1] + 0.5 * lineHeight)
      steps.push('down');
    else steps.push('jump');
  }
  return { points, starts, steps, lineHeight };
}
