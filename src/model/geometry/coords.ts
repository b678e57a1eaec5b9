import type { Point } from '../types.ts';

/**
 * THE coordinate mapping of the viewer. World = a page's response space; screen = CSS px relative
 * to the stage: screen = world × scale + (x, y).
 */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export interface ScaleLimits {
  min: number;
  max: number;
}

export const DEFAULT_SCALE_LIMITS: Readonly<ScaleLimits> = Object.freeze({ min: 0.05, max: 40 });

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export function toScreen(view: View, p: Point): Point {
  return { x: p.x * view.scale + view.x, y: p.y * view.scale + view.y };
}

export function toWorld(view: View, p: Point): Point {
  return { x: (p.x - view.x) / view.scale, y: (p.y - view.y) / view.scale };
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

export function panBy(view: View, dx: number, dy: number): View {
  return { scale: view.scale, x: view.x + dx, y: view.y + dy };
}

/** Room left for the page once the margins are taken; never below 1 px so a scale exists. */
const room = (viewport: number, margin: number): number => Math.max(1, viewport - 2 * margin);
const size = (v: number): number => (Number.isFinite(v) && v > 0 ? v : 1);

/** Whole page visible and centred. */
export function fitPage(pageW: number, pageH: number, vpW: number, vpH: number, margin = 24): View {
  const w = size(pageW);
  const h = size(pageH);
  const scale = clamp(
    Math.min(room(vpW, margin) / w, room(vpH, margin) / h),
    DEFAULT_SCALE_LIMITS.min,
    DEFAULT_SCALE_LIMITS.max,
  );
  return { scale, x: (vpW - w * scale) / 2, y: (vpH - h * scale) / 2 };
}

/** Page width fills the viewport, centred horizontally, top of the page at the top margin. */
export function fitWidth(pageW: number, _pageH: number, vpW: number, _vpH: number, margin = 24): View {
  const w = size(pageW);
  const scale = clamp(room(vpW, margin) / w, DEFAULT_SCALE_LIMITS.min, DEFAULT_SCALE_LIMITS.max);
  return { scale, x: (vpW - w * scale) / 2, y: margin };
}

/**
 * Scale that maps the displayed raster's pixels onto the page's response space. It is 1 when
 * CLOVA saw the same pixels; it differs when e.g. a PDF page is rendered at another DPI than the
 * one CLOVA converted it at.
 */
export function rasterToWorld(
  page: { width: number; height: number },
  raster: { width: number; height: number },
): { sx: number; sy: number } {
  return { sx: size(page.width) / size(raster.width), sy: size(page.height) / size(raster.height) };
}
