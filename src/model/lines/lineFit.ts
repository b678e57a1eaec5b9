import type { LineFrame } from './lineFrame.ts';

/** Residual skew a line may have after the page is deskewed (tan ≈ 11°). */
export const MAX_SLOPE = 0.2;

/**
 * Running sums for a least-squares fit c = a + b·u over a line's normal-sized members: a line's
 * centre as a straight function of the position along the text, which absorbs what skew is
 * left after deskewing the page (curled receipts, lens distortion).
 */
export interface LineFit {
  n: number;
  su: number;
  sc: number;
  suu: number;
  suc: number;
  sh: number;
}

export const emptyFit = (): LineFit => ({ n: 0, su: 0, sc: 0, suu: 0, suc: 0, sh: 0 });

/** Adds (sign 1) or removes (sign -1) box i. */
export function addToFit(fit: LineFit, f: LineFrame, i: number, sign: 1 | -1): void {
  fit.n += sign;
  fit.su += sign * f.u[i];
  fit.sc += sign * f.c[i];
  fit.suu += sign * f.u[i] * f.u[i];
  fit.suc += sign * f.u[i] * f.c[i];
  fit.sh += sign * f.h[i];
}

/** Fits of every line from the boxes' line ids (only normal-sized boxes count). */
export function buildFits(f: LineFrame, lineOf: Int32Array, count: number): LineFit[] {
  const out = Array.from({ length: count }, emptyFit);
  for (let i = 0; i < lineOf.length; i++) if (f.normal[i]) addToFit(out[lineOf[i]], f, i, 1);
  return out;
}

/** Slope from fit sums: 0 with fewer than two points or no spread, clamped to ±MAX_SLOPE. */
function slopeOf(n: number, su: number, sc: number, suu: number, suc: number): number {
  const den = n * suu - su * su;
  if (n < 2 || den <= 1e-9) return 0;
  return Math.max(-MAX_SLOPE, Math.min(MAX_SLOPE, (n * suc - su * sc) / den));
}

export const fitSlope = (fit: LineFit): number => slopeOf(fit.n, fit.su, fit.sc, fit.suu, fit.suc);

/**
 * The line's band (centre and height) at position u along the text, or null for a fit with no
 * points. With `leaveOut` (a member box of frame f) that box is taken out of the sums, so a box
 * is never judged by a fit it shaped itself.
 */
export function predictBand(
  fit: LineFit,
  u: number,
  f: LineFrame | null = null,
  leaveOut = -1,
): { c: number; h: number } | null {
  let { n, su, sc, suu, suc, sh } = fit;
  if (f && leaveOut >= 0) {
    const lu = f.u[leaveOut];
    const lc = f.c[leaveOut];
    n -= 1;
    su -= lu;
    sc -= lc;
    suu -= lu * lu;
    suc -= lu * lc;
    sh -= f.h[leaveOut];
  }
  if (n <= 0) return null;
  return { c: sc / n + slopeOf(n, su, sc, suu, suc) * (u - su / n), h: sh / n };
}
