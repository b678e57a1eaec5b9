import { MAX_PDF_PAGES } from '../../clova/index.ts';

/** CLOVA reads at most 10 PDF pages per call; multi-page TIFF gets the same cap. */
export const MAX_PAGES = MAX_PDF_PAGES;

/**
 * Resolution PDF pages are rasterised at. 300 dpi: measured against 200 dpi on generated pages
 * (scripts/measure-engine.ts), see the engine report; CLOVA's `convertedImageInfo` is this pixel size.
 */
export const PDF_DPI = 300;

/**
 * Largest page handed to tesseract, in pixels (≈ A2 at 300 dpi). Bigger pages are scaled down
 * and `convertedImageInfo` reports the converted size, as CLOVA's name for it suggests.
 */
export const MAX_PAGE_PIXELS = 40_000_000;
