import type { Bounds, Point } from '../types.ts';
import { boundsOf } from './geometry.ts';

/**
 * THE coordinate mapping of the viewer: every transform between its spaces lives here, and
 * parameters are named after the space they are in.
 *
 * - world: a page's response space, the pixels CLOVA saw. Model geometry is always in world.
 * - natural: a page raster's own pixels (an image's pixels, a PDF page at scale 1, or the raster
 *   at hand). `worldPerNatural` is how many world units one natural pixel covers.
 * - screen: CSS pixels relative to the page stage: screen = world × view.scale + (view.x, view.y).
 * - device: physical pixels, screen × devicePixelRatio.
 * - box: a word's own frame (boxFrame): x along its text, y down across it, in world units.
 *
 * Rectangles are `Bounds` in whichever space the name says (`worldBounds`, `naturalBounds`).
 */
export interface View {
  /** Screen pixels per world unit. */
  scale: number;
  /** Screen position of the world origin. */
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/** World units per natural pixel, per axis (rasterToWorld); its inverse is natural per world (worldToRaster). */
export interface AxisScale {
  sx: number;
  sy: number;
}

export interface ScaleLimits {
  min: number;
  max: number;
}

export const DEFAULT_SCALE_LIMITS: Readonly<ScaleLimits> = Object.freeze({ min: 0.05, max: 40 });

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export function toScreen(view: View, world: Point): Point {
  return { x: world.x * view.scale + view.x, y: world.y * view.scale + view.y };
}

export function toWorld(view: View, screen: Point): Point {
  return { x: (screen.x - view.x) / view.scale, y: (screen.y - view.y) / view.scale };
}

/** The world rectangle seen through a viewport (screen px) under `view`. */
export function visibleWorld(view: View, viewport: Size): Bounds {
  const a = toWorld(view, { x: 0, y: 0 });
  const b = toWorld(view, { x: viewport.width, y: viewport.height });
  return { minX: a.x, minY: a.y, maxX: b.x, maxY: b.y };
}

/** Zoom by `factor` keeping the world point under `anchorScreen` where it is on screen. */
export function zoomAt(
  view: View,
  factor: number,
  anchorScreen: Point,
  limits: ScaleLimits = DEFAULT_SCALE_LIMITS,
): View {
  if (!Number.isFinite(factor) || factor <= 0) return view;
  const scale = clamp(view.scale * factor, limits.min, limits.max);
  const w = toWorld(view, anchorScreen);
  return { scale, x: anchorScreen.x - w.x * scale, y: anchorScreen.y - w.y * scale };
}

export function panBy(view: View, dxScreen: number, dyScreen: number): View {
  return { scale: view.scale, x: view.x + dxScreen, y: view.y + dyScreen };
}

/**
 * The same screen placement after world space changed size (a PDF's points replaced by CLOVA's
 * pixels for the page shown): the page stays exactly where the user had it.
 */
export function rescaleView(view: View, oldWorldWidth: number, newWorldWidth: number): View {
  if (!(oldWorldWidth > 0) || !(newWorldWidth > 0)) return view;
  return { ...view, scale: (view.scale * oldWorldWidth) / newWorldWidth };
}

/** Room left for the page once the margins are taken; never below 1 px so a scale exists. */
const room = (screen: number, margin: number): number => Math.max(1, screen - 2 * margin);
const size = (v: number): number => (Number.isFinite(v) && v > 0 ? v : 1);

/** Whole page visible and centred. */
export function fitPage(worldW: number, worldH: number, screenW: number, screenH: number, margin = 24): View {
  const w = size(worldW);
  const h = size(worldH);
  const scale = clamp(
    Math.min(room(screenW, margin) / w, room(screenH, margin) / h),
    DEFAULT_SCALE_LIMITS.min,
    DEFAULT_SCALE_LIMITS.max,
  );
  return { scale, x: (screenW - w * scale) / 2, y: (screenH - h * scale) / 2 };
}

/** Page width fills the viewport, centred horizontally, top of the page at the top margin. */
export function fitWidth(
  worldW: number,
  _worldH: number,
  screenW: number,
  _screenH: number,
  margin = 24,
): View {
  const w = size(worldW);
  const scale = clamp(room(screenW, margin) / w, DEFAULT_SCALE_LIMITS.min, DEFAULT_SCALE_LIMITS.max);
  return { scale, x: (screenW - w * scale) / 2, y: margin };
}

export type FitKind = 'page' | 'width';

/** The fitted view of a page (world size) in a viewport (screen size): the one place a fit is chosen. */
export function fitView(mode: FitKind, page: Size, viewport: Size): View {
  return (mode === 'width' ? fitWidth : fitPage)(page.width, page.height, viewport.width, viewport.height);
}

/**
 * The view that centres `target` (world) in the viewport, zoomed so it is at least `minPx` screen
 * pixels tall, never below `minScale` nor above the scale limit, and never zoomed out from `view`.
 */
export function centreOn(
  view: View | null,
  target: Bounds,
  viewport: Size,
  opts: { minScale: number; minPx: number },
): View {
  const h = Math.max(1, target.maxY - target.minY);
  let scale = Math.max(view?.scale ?? opts.minScale, opts.minScale);
  if (h * scale < opts.minPx) scale = opts.minPx / h;
  scale = Math.min(DEFAULT_SCALE_LIMITS.max, scale);
  const cx = (target.minX + target.maxX) / 2;
  const cy = (target.minY + target.maxY) / 2;
  return { scale, x: viewport.width / 2 - cx * scale, y: viewport.height / 2 - cy * scale };
}

/**
 * World units per natural pixel (`worldPerNatural`). It is 1 when CLOVA saw the same pixels; it
 * differs when e.g. a PDF page is rendered at another DPI than the one CLOVA converted it at.
 */
export function rasterToWorld(page: Size, raster: Size): AxisScale {
  return { sx: size(page.width) / size(raster.width), sy: size(page.height) / size(raster.height) };
}

/** Natural pixels per world unit: the inverse of rasterToWorld. */
export function worldToRaster(page: Size, raster: Size): AxisScale {
  const worldPerNatural = rasterToWorld(page, raster);
  return { sx: 1 / worldPerNatural.sx, sy: 1 / worldPerNatural.sy };
}

export function naturalToWorld(natural: Point, worldPerNatural: AxisScale): Point {
  return { x: natural.x * worldPerNatural.sx, y: natural.y * worldPerNatural.sy };
}

export function worldToNatural(world: Point, worldPerNatural: AxisScale): Point {
  return { x: world.x / worldPerNatural.sx, y: world.y / worldPerNatural.sy };
}

export function naturalBoundsToWorld(natural: Bounds, worldPerNatural: AxisScale): Bounds {
  const a = naturalToWorld({ x: natural.minX, y: natural.minY }, worldPerNatural);
  const b = naturalToWorld({ x: natural.maxX, y: natural.maxY }, worldPerNatural);
  return { minX: a.x, minY: a.y, maxX: b.x, maxY: b.y };
}

export function worldBoundsToNatural(world: Bounds, worldPerNatural: AxisScale): Bounds {
  const a = worldToNatural({ x: world.minX, y: world.minY }, worldPerNatural);
  const b = worldToNatural({ x: world.maxX, y: world.maxY }, worldPerNatural);
  return { minX: a.x, minY: a.y, maxX: b.x, maxY: b.y };
}

/** Device pixels per natural pixel at this zoom: the render scale at which a raster is sharp. */
export function devicePerNatural(view: View, worldPerNatural: AxisScale, devicePixelRatio: number): number {
  return view.scale * worldPerNatural.sx * devicePixelRatio;
}

/**
 * A box's own frame: world = origin + x·along + y·across. `along` runs v0→v1 (the text's
 * direction), `across` v0→v3 (down the text); both are unit vectors, not necessarily at right
 * angles (a skewed quad), each the mean of the quad's two opposite edges. `width` and `height`
 * are the box's size along them. A polygon that is not a usable quad gets its bounds' frame.
 */
export interface BoxFrame {
  origin: Point;
  along: Point;
  across: Point;
  width: number;
  height: number;
}

export function boxFrame(poly: readonly Point[]): BoxFrame {
  if (poly.length === 4) {
    const [p0, p1, p2, p3] = poly;
    const ux = (p1.x - p0.x + p2.x - p3.x) / 2;
    const uy = (p1.y - p0.y + p2.y - p3.y) / 2;
    const vx = (p3.x - p0.x + p2.x - p1.x) / 2;
    const vy = (p3.y - p0.y + p2.y - p1.y) / 2;
    const width = Math.hypot(ux, uy);
    const height = Math.hypot(vx, vy);
    // Parallel edges (a degenerate quad) cannot frame text: fall back to the bounds.
    const cross = Math.abs(ux * vy - uy * vx);
    if (width > 0 && height > 0 && cross > 0.05 * width * height && Number.isFinite(cross)) {
      return {
        origin: { x: p0.x, y: p0.y },
        along: { x: ux / width, y: uy / width },
        across: { x: vx / height, y: vy / height },
        width,
        height,
      };
    }
  }
  const { minX, minY, maxX, maxY } = boundsOf(poly);
  return {
    origin: { x: minX, y: minY },
    along: { x: 1, y: 0 },
    across: { x: 0, y: 1 },
    width: maxX - minX,
    height: maxY - minY,
  };
}

/** A point of a box's frame in world space. */
export function boxToWorld(f: BoxFrame, box: Point): Point {
  return {
    x: f.origin.x + box.x * f.along.x + box.y * f.across.x,
    y: f.origin.y + box.x * f.along.y + box.y * f.across.y,
  };
}
