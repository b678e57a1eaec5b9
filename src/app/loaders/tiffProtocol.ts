/** Messages between loadTiff (main thread) and tiffWorker, in a module of their own so neither bundles the other. */
export interface TiffRequest {
  buffer: ArrayBuffer;
}

export type TiffReply =
  { ok: true; pages: ImageBitmap[]; thumbs: ImageBitmap[] } | { ok: false; error: string };

/** Longer side of the thumbnails the worker makes: resizing a 300-dpi page takes ~100 ms, kept off the main thread. */
export const TIFF_THUMB_SIDE = 512;
