import Flatbush from 'flatbush';
import { boundsContain, pointInPolygon, polyArea } from './geometry.ts';
import type { Bounds, Point } from '../types.ts';

export interface SpatialItem {
  id: number;
  poly: Point[];
  bounds: Bounds;
}

/**
 * Hit testing over one layer (words, lines, cells...). Flatbush narrows by bounds; the exact
 * polygon decides, so a point in a skewed quad's bounding box but outside the quad is no hit.
 */
export class SpatialIndex {
  private readonly items: readonly SpatialItem[];
  private readonly areas: Float64Array;
  private readonly tree: Flatbush | null;

  constructor(items: readonly SpatialItem[]) {
    this.items = items;
    this.areas = new Float64Array(items.length);
    // Flatbush refuses zero items; an empty layer simply never hits.
    this.tree = items.length > 0 ? new Flatbush(items.length) : null;
    for (let i = 0; i < items.length; i++) {
      const { poly, bounds } = items[i];
      this.areas[i] = poly.length >= 3 ? polyArea(poly) : 0;
      this.tree?.add(bounds.minX, bounds.minY, bounds.maxX, bounds.maxY);
    }
    this.tree?.finish();
  }

  get size(): number {
    return this.items.length;
  }

  /**
   * Id of the smallest-area polygon containing p (ties: the earlier item), or null. `accept`, when
   * given, skips ids the caller hides (a filter), so what lies beneath can still be hit.
   */
  hit(p: Point, accept?: (id: number) => boolean): number | null {
    if (!this.tree) return null;
    let best = -1;
    let bestArea = Infinity;
    this.tree.search(p.x, p.y, p.x, p.y, (i) => {
      const item = this.items[i];
      if (accept && !accept(item.id)) return false;
      // Boxes with 1–2 vertices have no inside; their bounds stand in. No vertices: never hit.
      const n = item.poly.length;
      const inside = n >= 3 ? pointInPolygon(p, item.poly) : n > 0 && boundsContain(item.bounds, p);
      const area = this.areas[i];
      if (inside && (area < bestArea || (area === bestArea && i < best))) {
        best = i;
        bestArea = area;
      }
      return false;
    });
    return best >= 0 ? this.items[best].id : null;
  }

  /** Ids of the items whose bounds intersect b, in item order. */
  search(b: Bounds): number[] {
    if (!this.tree) return [];
    return this.tree
      .search(b.minX, b.minY, b.maxX, b.maxY)
      .sort((a, c) => a - c)
      .map((i) => this.items[i].id);
  }
}
