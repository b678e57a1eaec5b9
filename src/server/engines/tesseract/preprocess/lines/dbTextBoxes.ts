import { minAreaRect, rectCorners, type Point, type Quad } from './geometry.ts';

/** The text-probability map a DB (differentiable binarisation) detector outputs, one value per pixel. */
export interface ProbabilityMap {
  data: Float32Array;
  width: number;
  height: number;
}

export interface DbBoxOptions {
  /** Pixels above this probability are text. PaddleOCR's default. */
  threshold?: number;
  /** Regions whose mean probability is lower are dropped. PaddleOCR's default. */
  boxThreshold?: number;
  /** DB predicts shrunk text kernels; each box is grown by area × ratio / perimeter. PaddleOCR's default. */
  unclipRatio?: number;
  /** Regions narrower than this (in map pixels) are noise. */
  minSide?: number;
}

export interface TextBox {
  quad: Quad;
  /** Mean probability over the region. */
  score: number;
}

/**
 * Turns a DB probability map into rotated text boxes, as PaddleOCR's DBPostProcess does:
 * threshold, 4-connected regions, mean score filter, minimum-area rectangle, then unclip.
 * Coordinates are in map pixels.
 */
export function dbTextBoxes(map: ProbabilityMap, opts: DbBoxOptions = {}): TextBox[] {
  const threshold = opts.threshold ?? 0.3;
  const boxThreshold = opts.boxThreshold ?? 0.6;
  const unclipRatio = opts.unclipRatio ?? 1.5;
  const minSide = opts.minSide ?? 3;
  const { data, width, height } = map;
  const seen = new Uint8Array(width * height);
  const stack = new Int32Array(width * height);
  const boxes: TextBox[] = [];
  for (let start = 0; start < data.length; start++) {
    if (seen[start] || data[start] <= threshold) continue;
    seen[start] = 1;
    const corners: Point[] = [];
    let sum = 0;
    let count = 0;
    let sp = 0;
    stack[sp++] = start;
    while (sp > 0) {
      const p = stack[--sp];
      const x = p % width;
      const y = (p - x) / width;
      sum += data[p];
      count++;
      // Pixel squares, not centres, so a one-pixel-tall region still has a height.
      corners.push([x, y], [x + 1, y], [x, y + 1], [x + 1, y + 1]);
      const neighbours = [
        x > 0 ? p - 1 : -1,
        x < width - 1 ? p + 1 : -1,
        y > 0 ? p - width : -1,
        y < height - 1 ? p + width : -1,
      ];
      for (const q of neighbours) {
        if (q < 0 || seen[q] || data[q] <= threshold) continue;
        seen[q] = 1;
        stack[sp++] = q;
      }
    }
    const score = sum / count;
    if (score < boxThreshold) continue;
    const rect = minAreaRect(corners);
    if (Math.min(rect.width, rect.height) < minSide) continue;
    const grow = (rect.width * rect.height * unclipRatio) / (2 * (rect.width + rect.height));
    boxes.push({
      quad: rectCorners({ ...rect, width: rect.width + 2 * grow, height: rect.height + 2 * grow }),
      score,
    });
  }
  return boxes;
}
