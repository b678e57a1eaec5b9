import type { TextBox } from './dbTextBoxes.ts';
import type { Point } from './geometry.ts';

/**
 * The score of the detector box a point of the page lies in, for readers that only have a word's
 * quad and the page (the confidence calibration's fit and bench, which read the engine's
 * responses): the engine itself carries each line's score to its words (Run.detectorScore).
 * Unclipped boxes overlap their neighbours; a word's centre lies on its own line's midline, so
 * among the boxes holding the point the one whose midline is nearest wins. Undefined when none holds it.
 */
export function boxScoreAt(boxes: readonly TextBox[], point: Point): number | undefined {
  let best: { across: number; score: number } | undefined;
  for (const { quad, score } of boxes) {
    const [tl, tr, , bl] = quad;
    const cx = quad.reduce((s, p) => s + p[0], 0) / 4;
    const cy = quad.reduce((s, p) => s + p[1], 0) / 4;
    const length = Math.hypot(tr[0] - tl[0], tr[1] - tl[1]);
    const height = Math.hypot(bl[0] - tl[0], bl[1] - tl[1]);
    if (length === 0 || height === 0) continue;
    const ux = (tr[0] - tl[0]) / length;
    const uy = (tr[1] - tl[1]) / length;
    const dx = point[0] - cx;
    const dy = point[1] - cy;
    const along = dx * ux + dy * uy;
    const across = Math.abs(-dx * uy + dy * ux);
    if (Math.abs(along) > length / 2 || across > height / 2) continue;
    if (!best || across < best.across) best = { across, score };
  }
  return best?.score;
}
