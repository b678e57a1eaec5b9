import { join } from 'node:path';
import sharp from 'sharp';
import { writePgm } from './pgm.ts';
import { MAX_PAGE_PIXELS } from './limits.ts';
import type { RenderedPage } from './pageTypes.ts';

/** Number of pages in a bitmap file (TIFF can hold several; JPEG/PNG hold one). */
export async function countBitmapPages(path: string): Promise<number> {
  const meta = await sharp(path).metadata();
  return meta.pages ?? 1;
}

/**
 * Prepares one page of a JPEG/PNG/TIFF for tesseract. A plain upright 8-bit RGB/gray JPEG or PNG is
 * used as is, so OCR costs exactly what tesseract alone costs. Otherwise the page is converted to
 * a grayscale PGM: EXIF orientation applied (coordinates must match what a browser displays),
 * transparency flattened on white (leptonica would turn it black), oversized pages scaled to the cap.
 */
export async function prepareBitmapPage(
  path: string,
  pageIndex: number,
  opts: { forceConvert: boolean; outDir: string; maxPixels?: number },
): Promise<RenderedPage> {
  const meta = await sharp(path, { page: pageIndex }).metadata();
  const oriented = meta.autoOrient ?? { width: meta.width, height: meta.height };
  const rotated = meta.orientation !== undefined && meta.orientation !== 1;
  const plain = !meta.hasAlpha && meta.depth === 'uchar' && (meta.space === 'srgb' || meta.space === 'b-w');
  const maxPixels = opts.maxPixels ?? MAX_PAGE_PIXELS;
  const scale = Math.min(1, Math.sqrt(maxPixels / (oriented.width * oriented.height)));
  if (!opts.forceConvert && !rotated && plain && scale === 1) {
    return { path, width: meta.width, height: meta.height };
  }
  const width = Math.max(1, Math.floor(oriented.width * scale));
  const height = Math.max(1, Math.floor(oriented.height * scale));
  let img = sharp(path, { page: pageIndex }).rotate().flatten({ background: '#ffffff' });
  if (scale < 1) img = img.resize(width, height, { fit: 'fill' });
  const { data, info } = await img.grayscale().raw().toBuffer({ resolveWithObject: true });
  const out = join(opts.outDir, `page-${pageIndex + 1}.pgm`);
  // grayscale() may still leave alpha or extra bands on odd inputs; keep band 0 only.
  const gray = info.channels === 1 ? data : firstBand(data, info.channels);
  await writePgm(out, gray, info.width, info.height);
  return { path: out, width: info.width, height: info.height };
}

function firstBand(data: Buffer, channels: number): Buffer {
  const out = Buffer.alloc(data.length / channels);
  for (let i = 0; i < out.length; i++) out[i] = data[i * channels];
  return out;
}
