import { boundsOf } from '../../model/geometry/geometry.ts';
import { panBy, toScreen } from '../../model/geometry/coords.ts';
import type { Point, View } from '../../model/index.ts';

/**
 * The view moved just enough to bring a polygon fully on screen (centred when it was off), or the
 * same view when it is already visible. Used when a selection comes from a panel.
 */
export function revealView(
  view: View,
  poly: Point[],
  viewport: { width: number; height: number },
  margin = 24,
): View {
  if (poly.length === 0 || viewport.width === 0) return view;
  const b = boundsOf(poly);
  const a = toScreen(view, { x: b.minX, y: b.minY });
  const z = toScreen(view, { x: b.maxX, y: b.maxY });
  const visible =
    a.x >= margin && a.y >= margin && z.x <= viewport.width - margin && z.y <= viewport.height - margin;
  if (visible) return view;
  const cx = (a.x + z.x) / 2;
  const cy = (a.y + z.y) / 2;
  return panBy(view, viewport.width / 2 - cx, viewport.height / 2 - cy);
}
