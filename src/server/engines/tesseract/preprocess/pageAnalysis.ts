import { backgroundUniformity, CLEAN_BACKGROUND_MIN } from './backgroundUniformity.ts';
import { openPageImage } from './pageImage.ts';
import { estimateTextHeight } from './textHeight.ts';
import type { GrayImage } from '../raster/grayImage.ts';

/** Analysis runs on a copy at most this long: enough to see 6-pt text at 300 dpi, cheap on big scans. */
const ANALYSIS_MAX_SIDE = 1200;

export interface PageAnalysis {
  width: number;
  height: number;
  /** Median glyph height in original pixels, undefined when no glyph was found. */
  glyphHeight: number | undefined;
  /** Share of pixels near the paper tone (see backgroundUniformity.ts). */
  uniformity: number;
  /** A flat background: a scan or a rendered document rather than a photo. */
  clean: boolean;
}

/** Rec. 601 luma of interleaved 8-bit pixels (grey or grey+alpha pass through). */
export function lumaOf(data: Uint8Array, pixels: number, channels: number): Uint8Array {
  const grey = new Uint8Array(pixels);
  for (let i = 0, p = 0; i < pixels; i++, p += channels) {
    grey[i] = channels >= 3 ? (data[p] * 299 + data[p + 1] * 587 + data[p + 2] * 114 + 500) / 1000 : data[p];
  }
  return grey;
}

/** Cheap look at a page (tens of ms): how big its text is and whether it is a photo. */
export async function analysePage(inputPath: string): Promise<PageAnalysis> {
  const page = await openPageImage(inputPath);
  const { width, height } = page;
  const factor = Math.min(1, ANALYSIS_MAX_SIDE / Math.max(width, height));
  const size = [Math.max(1, Math.round(width * factor)), Math.max(1, Math.round(height * factor))] as const;
  const resize = { fit: 'fill', kernel: 'nearest' } as const;
  if (page.grey) {
    // Grey pages (every PDF page) stay one channel: flatten() would make them RGB, tripling the
    // resize and luma work for the same pixels.
    const grey = await page
      .open()
      .resize(...size, resize)
      .toColourspace('b-w')
      .raw()
      .toBuffer();
    return analysis(width, height, factor, { data: grey, width: size[0], height: size[1] });
  }
  // Reduce first, then take luma in JS: sharp's grayscale() on the full page cost more than the
  // whole rest of the analysis on 300-dpi scans. Nearest is enough for a rough glyph size.
  const { data, info } = await page
    .open()
    .flatten({ background: '#fff' })
    .resize(...size, resize)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grey = lumaOf(data, info.width * info.height, info.channels);
  return analysis(width, height, factor, { data: grey, width: info.width, height: info.height });
}

/** The measurements on the reduced grey copy, sizes back in original pixels. */
function analysis(width: number, height: number, factor: number, reduced: GrayImage): PageAnalysis {
  const text = estimateTextHeight(reduced);
  const uniformity = backgroundUniformity(reduced.data);
  return {
    width,
    height,
    glyphHeight: text.medianHeight === undefined ? undefined : text.medianHeight / factor,
    uniformity,
    clean: uniformity >= CLEAN_BACKGROUND_MIN,
  };
}
