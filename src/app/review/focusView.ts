import { boundsOf } from '../../model/geometry/geometry.ts';
import { centreOn, fitView } from '../../model/geometry/coords.ts';
import type { Point, Size, View } from '../../model/index.ts';

/** A word this many screen pixels tall reads comfortably; smaller ones are zoomed up to it. */
const READABLE_PX = 28;

/**
 * The view that centres a word on screen, zoomed in so it is readable but never out past the
 * page fit (n / Shift+n and search jump from word to word, often across pages).
 */
export function focusView(current: View | null, poly: Point[], page: Size, viewport: Size): View {
  const fit = fitView('page', page, viewport);
  if (poly.length === 0 || viewport.width === 0) return current ?? fit;
  return centreOn(current, boundsOf(poly), viewport, { minScale: fit.scale, minPx: READABLE_PX });
}
