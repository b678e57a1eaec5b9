import type { Region } from '../canvas/rasterScale.ts';

/**
 * The render scheduler's policy, pure: what renders first, when a raster is good enough, when a
 * render waits, and when it is dropped (pdf.js's pdf_rendering_queue, cut to this viewer's needs).
 * renderQueue.ts applies it to documents.
 */

/** Where a raster is in its life (pdf.js's RenderingStates, without PAUSED: renders are short). */
export const RenderState = { INITIAL: 0, RUNNING: 1, FINISHED: 2, FAILED: 3 } as const;
export type RenderState = (typeof RenderState)[keyof typeof RenderState];

/**
 * What a raster is for, in the order they render: the page on screen, the sharp tile over it past
 * the pixel cap, the page after it in the direction of travel, the thumbnails. The last two are
 * background work: they wait until the document's first page render has settled and the browser
 * is idle, so they never compete with the page the user is looking at.
 */
export type RasterKind = 'visible' | 'detail' | 'neighbour' | 'thumbnail';
export const PRIORITY: Record<RasterKind, number> = { visible: 0, detail: 1, neighbour: 2, thumbnail: 3 };
export const isBackground = (kind: RasterKind) => PRIORITY[kind] >= PRIORITY.neighbour;

/** A re-render of a shown page at a new zoom waits this long for the zoom to settle. */
export const RERENDER_DEBOUNCE_MS = 180;
/** The detail tile follows pan and zoom, after this pause. */
export const DETAIL_DEBOUNCE_MS = 200;
/** Rasters nobody has shown for this long are dropped (pdf.js: CLEANUP_TIMEOUT). */
export const CLEANUP_MS = 30_000;

/** Re-render only when the raster is clearly too coarse or wastefully fine (avoids re-rendering on every wheel tick). */
export function needsRerender(current: number | null, wanted: number): boolean {
  if (current === null) return true;
  return wanted > current * 1.2 || wanted < current / 2.5;
}

/**
 * Whether to start a render at `wanted`: when the raster shown (its scale, or null) needs one, or
 * when nothing is shown yet and no render already running (its scale, or null) will do. The fit
 * settles a few pixels after a document arrives; a second first render would double the work page
 * 1 waits for (two pdf.js renders of a scanned page side by side, measured on a 10-page PDF).
 */
export function startsRender(shown: number | null, inFlight: number | null, wanted: number): boolean {
  if (shown !== null) return needsRerender(shown, wanted);
  return inFlight === null || needsRerender(inFlight, wanted);
}

/** The page to render ahead: the next one in the direction of travel, else the one before. */
export function neighbourOf(page: number, pageCount: number, direction: 1 | -1): number | null {
  for (const n of [page + direction, page - direction]) if (n >= 0 && n < pageCount) return n;
  return null;
}

export const sameRegion = (a: Region | null, b: Region | null) =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);
