/**
 * A document opened for display: its pages' pixel sizes and a way to draw them. Image, PDF and
 * TIFF loaders all produce one; a response opened on its own has none (pages are drawn blank).
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
   * The page raster for display at `scale` × natural size. Bitmap sources ignore the scale (they
   * are drawn at full resolution); PDF pages re-render so they stay sharp at every zoom.
   */
  render(pageIndex: number, scale: number): Promise<Raster>;
  /** True when render() depends on the scale (PDF). */
  scalable: boolean;
  /**
   * Part of a page (natural-pixel rectangle) at `scale` × natural size: lets a scalable page stay
   * sharp past the whole-page pixel cap by rendering only what is on screen.
   */
  renderRegion?(
    pageIndex: number,
    scale: number,
    region: { x: number; y: number; width: number; height: number },
  ): Promise<Raster>;
  /** A small raster for the thumbnail strip. */
  thumbnail(pageIndex: number, maxSide: number): Promise<Raster>;
  destroy(): void;
}
