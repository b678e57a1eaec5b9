import type { Region } from '../loaders/source.ts';

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

/** The storage kinds of raster: a page slot is 'visible' or 'neighbour' by whether anyone shows it. */
export type SlotKind = 'page' | 'detail' | 'thumbnail';

/** A render asked for: the whole page at `scale` × natural size, or `region` of it. */
export interface Ask {
  scale: number;
  region: Region | null;
}

/** What one raster has: on screen, rendering, wanted next, and the last failure. */
export interface AskState {
  shown: Ask | null;
  running: Ask | null;
  want: Ask | null;
  failed: Ask | null;
}

/**
 * What a consumer's ask does to a raster's wanted render: replace it (rendering after `delay` ms,
 * the debounce), drop it (what is shown or rendering will do), or keep it as it is.
 */
export function decideAsk(kind: SlotKind, s: AskState, ask: Ask): { delay: number } | 'drop' | 'keep' {
  if (kind === 'page') {
    const shown = s.shown?.scale ?? null;
    if (!startsRender(shown, s.running?.scale ?? null, ask.scale)) return 'drop';
    // A failed page stays blank paper until a clearly different zoom asks again.
    if (shown === null && s.failed && !needsRerender(s.failed.scale, ask.scale)) return 'keep';
    // The same ask again keeps its place (a neighbour render wanted ahead becomes the visible one).
    if (s.want?.scale === ask.scale) return 'keep';
    return { delay: shown === null ? 0 : RERENDER_DEBOUNCE_MS };
  }
  if (kind === 'detail') {
    const same = (a: Ask | null) => !!a && a.scale === ask.scale && sameRegion(a.region, ask.region);
    if (same(s.shown) || same(s.running)) return 'drop';
    return same(s.want) ? 'keep' : { delay: DETAIL_DEBOUNCE_MS };
  }
  return s.shown || s.running || s.want ? 'keep' : { delay: 0 };
}
