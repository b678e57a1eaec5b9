/**
 * A document opened for display: its pages' pixel sizes and a way to draw them. Image, PDF and
 * TIFF loaders all produce one; a response opened on its own has none (pages are drawn blank).
 * A source only decodes: what is rendered when, and what is kept, is the render queue's business
 * (src/app/pages/renderQueue.ts).
 */
export type DocFormat = 'jpg' | 'jpeg' | 'png' | 'pdf' | 'tif' | 'tiff';

export interface PageSize {
  width: number;
  height: number;
}

/** Something Konva and canvas drawImage can draw, with its pixel size. */
export type Raster = (ImageBitmap | HTMLCanvasElement | HTMLImageElement) & { width: number; height: number };

export interface DocSource {
  name: string;
  format: DocFormat;
  file: File;
  /** Pixel size of each page at its natural resolution (PDF: 72 dpi, i.e. points). */
  pages: PageSize[];
  /**
   * The page raster at `scale` × natural size. PDF pages render at any scale, so they stay sharp at
   * every zoom. Bitmap sources give their decoded page from a scale of 1 up (it is drawn at full
   * resolution), and a smaller copy below 1 (thumbnails), resized off the main thread.
   */
  render(pageIndex: number, scale: number): Promise<Raster>;
  /** True when render() depends on the scale (PDF). */
  scalable: boolean;
  /**
   * Part of a page (natural-pixel rectangle) at `scale` × natural size: lets a scalable page stay
   * sharp past the whole-page pixel cap by rendering only what is on screen.
   */
  renderRegion?(pageIndex: number, scale: number, region: Region): Promise<Raster>;
  destroy(): void;
}

/** A rectangle of a page's natural pixels, as the decoders take it (the rest of the app uses Bounds). */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}
