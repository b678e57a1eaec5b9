/** Plane geometry for text-line boxes, in image pixels (x right, y down). */

export type Point = readonly [x: number, y: number];

/** Four corners in CLOVA's order for horizontal text: top-left, top-right, bottom-right, bottom-left. */
export type Quad = readonly [Point, Point, Point, Point];

/** A rectangle turned by `angle` radians about its centre; `width` runs along the text. */
export interface RotatedRect {
  cx: number;
  cy: number;
  width: number;
  height: number;
  angle: number;
}

function cross(o: Point, a: Point, b: Point): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** Convex hull (Andrew's monotone chain); collinear points are dropped. */
export function convexHull(points: readonly Point[]): Point[] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const lower: Point[] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: Point[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], q) <= 0) upper.pop();
    upper.push(q);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/**
 * Smallest-area enclosing rectangle (rotating calipers over the hull's edges). The angle is
 * folded into (-45°, 45°] so that `width` is the side closer to horizontal: text lines are read
 * left to right even when the page is turned a little.
 */
export function minAreaRect(points: readonly Point[]): RotatedRect {
  const hull = convexHull(points);
  if (hull.length === 0) return { cx: 0, cy: 0, width: 0, height: 0, angle: 0 };
  let best: RotatedRect | undefined;
  let bestArea = Infinity;
  const edges = hull.length === 1 ? 1 : hull.length;
  for (let i = 0; i < edges; i++) {
    const a = hull[i];
    const b = hull[(i + 1) % hull.length];
    let angle = a === b ? 0 : Math.atan2(b[1] - a[1], b[0] - a[0]);
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    let minU = Infinity;
    let maxU = -Infinity;
    let minV = Infinity;
    let maxV = -Infinity;
    for (const [x, y] of hull) {
      const u = x * c + y * s;
      const v = -x * s + y * c;
      minU = Math.min(minU, u);
      maxU = Math.max(maxU, u);
      minV = Math.min(minV, v);
      maxV = Math.max(maxV, v);
    }
    let width = maxU - minU;
    let height = maxV - minV;
    const area = width * height;
    if (area >= bestArea) continue;
    bestArea = area;
    const cu = (minU + maxU) / 2;
    const cv = (minV + maxV) / 2;
    const cx = cu * c - cv * s;
    const cy = cu * s + cv * c;
    while (angle > Math.PI / 4) {
      angle -= Math.PI / 2;
      [width, height] = [height, width];
    }
    while (angle <= -Math.PI / 4) {
      angle += Math.PI / 2;
      [width, height] = [height, width];
    }
    best = { cx, cy, width, height, angle };
  }
  return best!;
}

/** Corners of a rotated rectangle: top-left, top-right, bottom-right, bottom-left (clockwise, y down). */
export function rectCorners(r: RotatedRect): Quad {
  const c = Math.cos(r.angle);
  const s = Math.sin(r.angle);
  const ux = (c * r.width) / 2;
  const uy = (s * r.width) / 2;
  const vx = (-s * r.height) / 2;
  const vy = (c * r.height) / 2;
  return [
    [r.cx - ux - vx, r.cy - uy - vy],
    [r.cx + ux - vx, r.cy + uy - vy],
    [r.cx + ux + vx, r.cy + uy + vy],
    [r.cx - ux + vx, r.cy - uy + vy],
  ];
}
