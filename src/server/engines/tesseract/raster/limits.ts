import { MAX_PDF_PAGES } from '../../../../clova/index.ts';

/** CLOVA reads at most 10 PDF pages per call; multi-page TIFF gets the same cap. */
export const MAX_PAGES = MAX_PDF_PAGES;

/**
 * Resolution PDF pages are rasterised at; `convertedImageInfo` is the resulting pixel size.
 * Measured on generated ko/ja/zh-TW/en pages (bench/experiments/measureEngine.ts --only=dpi): 200 and
 * 300 dpi gave the same CER (0.007) from 7 to 12 pt, 300 dpi cost ~20% more time per page, and
 * 150 dpi broke down at 7 pt (CER 0.145). 200 dpi keeps a margin down to ~5.5 pt text.
 */
export const PDF_DPI = 200;

/**
 * Largest page handed to tesseract, in pixels (≈ A2 at 300 dpi). Bigger pages are scaled down
 * and `convertedImageInfo` reports the converted size, as CLOVA's name for it suggests.
 */
export const MAX_PAGE_PIXELS = 40_000_000;
