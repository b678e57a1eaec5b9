import Flatbush from 'flatbush';
import type { Bounds, PageModel } from '../types.ts';

/** Intersection over union of two boxes; 0 when either has no area. */
export function iou(p: Bounds, q: Bounds): number {
  const w = Math.min(p.maxX, q.maxX) - Math.max(p.minX, q.minX);
  const h = Math.min(p.maxY, q.maxY) - Math.max(p.minY, q.minY);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  const union = (p.maxX - p.minX) * (p.maxY - p.minY) + (q.maxX - q.minX) * (q.maxY - q.minY) - inter;
  return union > 0 ? inter / union : 0;
}

export interface OverlapPair {
  /** Positions in the two input lists. */
  i: number;
  j: number;
  iou: number;
}

export interface OverlapMatch {
  pairs: OverlapPair[];
  /** Positions left without a partner, ascending. */
  onlyA: number[];
  onlyB: number[];
}

/** IoUs this close count as a tie, which the tiebreak (e.g. text similarity) decides. */
const IOU_STEP = 0.05;

/**
 * One-to-one matching of two sets of boxes by overlap: every pair with IoU ≥ minIou is a
 * candidate (found through a spatial index, so the work follows the overlaps, not |A|·|B|);
 * candidates are taken greedily, best first. "Best" is the IoU rounded down to steps of 0.05,
 * then the higher `tiebreak(i, j)`, then the exact IoU, then list order: near-equal overlaps are
 * settled by the tiebreak, and the result never depends on the order of the lists.
 */
export function matchByOverlap(
  a: readonly Bounds[],
  b: readonly Bounds[],
  minIou: number,
  tiebreak: (i: number, j: number) => number = () => 0,
): OverlapMatch {
  // A bare Flatbush over b's boxes (no polygons: only overlaps of bounds are asked here). The
  // order it returns them in does not matter: candidates are sorted by a total order below.
  const tree = b.length > 0 ? new Flatbush(b.length) : null;
  if (tree) {
    for (const q of b) tree.add(q.minX, q.minY, q.maxX, q.maxY);
    tree.finish();
  }
  const cand: { i: number; j: number; iou: number; step: number; tie: number }[] = [];
  const perA = new Uint32Array(a.length);
  const perB = new Uint32Array(b.length);
  for (let i = 0; i < a.length; i++) {
    const p = a[i];
    for (const j of tree ? tree.search(p.minX, p.minY, p.maxX, p.maxY) : []) {
      const v = iou(a[i], b[j]);
      if (v > 0 && v >= minIou) {
        cand.push({ i, j, iou: v, step: Math.floor(v / IOU_STEP), tie: 0 });
        perA[i]++;
        perB[j]++;
      }
    }
  }
  // A candidate alone on both sides is taken whatever the order: only contested ones need the
  // (possibly costly) tiebreak.
  let contested = false;
  for (const c of cand) {
    if (perA[c.i] > 1 || perB[c.j] > 1) {
      c.tie = tiebreak(c.i, c.j);
      contested = true;
    }
  }
  // Uncontested candidates are all taken whatever their order (runs read alike): no sort needed.
  if (contested)
    cand.sort((x, y) => y.step - x.step || y.tie - x.tie || y.iou - x.iou || x.i - y.i || x.j - y.j);
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const pairs: OverlapPair[] = [];
  for (const c of cand) {
    if (usedA[c.i] || usedB[c.j]) continue;
    usedA[c.i] = 1;
    usedB[c.j] = 1;
    pairs.push({ i: c.i, j: c.j, iou: c.iou });
  }
  pairs.sort((x, y) => x.i - y.i);
  const unused = (used: Uint8Array) => [...used.keys()].filter((k) => !used[k]);
  return { pairs, onlyA: unused(usedA), onlyB: unused(usedB) };
}

/** Bounds scaled from one page size to another (runs whose response spaces differ in size). */
export const scaleBounds = (b: Bounds, sx: number, sy: number): Bounds => ({
  minX: b.minX * sx,
  minY: b.minY * sy,
  maxX: b.maxX * sx,
  maxY: b.maxY * sy,
});

/**
 * Factors mapping run B's page onto run A's, when both know their real size (CLOVA's
 * convertedImageInfo or the opened document). A size guessed from the boxes' extent says nothing
 * about the image, so then the runs are taken to share one space.
 */
export function pageScale(pa: PageModel | undefined, pb: PageModel | undefined): [number, number] {
  if (!pa || !pb || pa.sizeSource === 'extent' || pb.sizeSource === 'extent') return [1, 1];
  return [pa.width / pb.width, pa.height / pb.height];
}
