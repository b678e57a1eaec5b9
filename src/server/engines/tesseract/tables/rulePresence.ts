import type { DetectParams } from './params.ts';
import type { BinaryMask } from './types.ts';

/**
 * Is there a rule along grid line `pos` between `from` and `to`? Looks for a thin band (3 px)
 * near the line that is inked over most of the stretch. A real rule fills one band almost
 * completely; text sitting across a missing rule (merged cells) leaves many holes.
 * The ends are skipped because the perpendicular rules ink them anyway.
 */
export function rulePresent(
  mask: BinaryMask,
  orientation: 'horizontal' | 'vertical',
  pos: number,
  from: number,
  to: number,
  params: DetectParams,
): boolean {
  const margin = Math.min(params.tolerance, (to - from) / 4);
  const a = Math.ceil(from + margin);
  const b = Math.floor(to - margin);
  if (b < a) return true;
  const { data, width, height } = mask;
  const across = orientation === 'horizontal' ? height : width;
  const reach = Math.ceil(params.tolerance / 2);
  const center = Math.round(pos);
  const lo = Math.max(0, center - reach - 1);
  const hi = Math.min(across - 1, center + reach + 1);
  // k runs across the line, t along it.
  const inkedAt = (k: number, t: number): boolean =>
    orientation === 'horizontal' ? data[k * width + t] === 1 : data[t * width + k] === 1;
  const length = b - a + 1;
  let best = 0;
  for (let c = lo + 1; c <= hi - 1; c++) {
    let covered = 0;
    for (let t = a; t <= b; t++) if (inkedAt(c - 1, t) || inkedAt(c, t) || inkedAt(c + 1, t)) covered++;
    best = Math.max(best, covered / length);
  }
  return best >= params.presentCoverage;
}
