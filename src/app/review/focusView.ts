import { boundsOf, DEFAULT_SCALE_LIMITS, fitPage } from '../../model/index.ts';
import type { Point, View } from '../../model/index.ts';

/** A word this many screen pixels tall reads comfortably; smaller ones are zoomed up to it. */
const READABLE_PX = 28;

/**
 * The view that centres a word on screen, zoomed in so it is readable but never out past the
 * page fit (n / Shift+n and search jump from word to word, often across pages).
 */
export function focusView(
  current: View | null,
  poly: Point[],
  page: { width: number; height: number },
  viewport: { width: number; height: number },
): View {
  const fit = fitPage(page.width, page.height, viewport.width, viewport.height);
  if (poly.length === 0 || viewport.width === 0) return current ?? fit;
  const b = boundsOf(poly);
  const h = Math.max(1, b.maxY - b.minY);
  let scale = Math.max(current?.scale ?? fit.scale, fit.scale);
  if (h * scale < READABLE_PX) scale = READABLE_PX / h;
  scale = Math.min(DEFAULT_SCALE_LIMITS.max, scale);
  const cx = (b.minX + b.maxX) / 2;
  const cy = (b.minY + b.maxY) / 2;
  return { scale, x: viewport.width / 2 - cx * scale, y: viewport.height / 2 - cy * scale };
}
