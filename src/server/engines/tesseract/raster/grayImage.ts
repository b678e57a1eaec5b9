/**
 * The one grey-image type of the engine: 8-bit luminance, row-major, one byte per pixel, in the
 * page's pixel frame. Rasterised pages are read into it (grayPage.ts, pgm.ts) and preprocessing
 * and table detection work on it.
 */
export interface GrayImage {
  data: Uint8Array;
  width: number;
  height: number;
}
