/** Messages between loadTiff (main thread) and tiffWorker, in a module of their own so neither bundles the other. */
export interface TiffRequest {
  /** The file itself: the worker reads it, so a 50 MB TIFF's bytes never land in the page's memory. */
  file: Blob;
}

export type TiffReply =
  { ok: true; pages: ImageBitmap[]; thumbs: ImageBitmap[] } | { ok: false; error: string };

/** Longer side of the thumbnails the worker makes: resizing a 300-dpi page takes ~100 ms, kept off the main thread. */
export const TIFF_THUMB_SIDE = 512;
