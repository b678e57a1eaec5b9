/**
 * How much to enlarge a clean page before OCR, from its median glyph height (in original
 * pixels, see textHeight.ts). Tesseract loses small text: the 72-dpi table render (glyphs ~5 px)
 * went from 0.93 to 0.60 bag-of-characters CER when enlarged ×4. Pages with text at least
 * MIN_GLYPH_HEIGHT are left alone, so clean scans cost nothing extra. The target was checked on
 * 72-dpi Korean and English pages in 8/10/12 pt (bench/experiments/measureUpscaleTarget.ts, mean
 * CER): as rendered 0.141, target 14 px 0.030, 20 px 0.032, 26 px 0.043, 32 px 0.050, 40 px 0.053;
 * on the generated ruled tables at 72 dpi 14 px lost the turned page (cell CER 0.123 vs 0.048).
 */
export const MIN_GLYPH_HEIGHT = 10;
export const TARGET_GLYPH_HEIGHT = 20;
export const MAX_UPSCALE = 4;

export function upscaleFactor(medianGlyphHeight: number | undefined): number {
  if (medianGlyphHeight === undefined || medianGlyphHeight >= MIN_GLYPH_HEIGHT) return 1;
  return Math.min(MAX_UPSCALE, TARGET_GLYPH_HEIGHT / Math.max(medianGlyphHeight, 1));
}
