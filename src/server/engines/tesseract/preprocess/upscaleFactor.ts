/**
 * How much to enlarge a clean page before OCR, from its median glyph height (in original
 * pixels, see textHeight.ts). Tesseract loses small text: the 72-dpi table render (glyphs ~5 px)
 * went from 0.93 to 0.60 bag-of-characters CER when enlarged ×4. Pages with text at least
 * MIN_GLYPH_HEIGHT are left alone, so clean scans cost nothing extra.
 */
export const MIN_GLYPH_HEIGHT = 10;
export const TARGET_GLYPH_HEIGHT = 20;
export const MAX_UPSCALE = 4;

export function upscaleFactor(medianGlyphHeight: number | undefined): number {
  if (medianGlyphHeight === undefined || medianGlyphHeight >= MIN_GLYPH_HEIGHT) return 1;
  return Math.min(MAX_UPSCALE, TARGET_GLYPH_HEIGHT / Math.max(medianGlyphHeight, 1));
}
