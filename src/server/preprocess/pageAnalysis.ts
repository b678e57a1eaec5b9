import sharp from 'sharp';
import { backgroundUniformity, CLEAN_BACKGROUND_MIN } from './backgroundUniformity.ts';
import { estimateTextHeight } from './textHeight.ts';

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

/** Cheap look at a page (tens of ms): how big its text is and whether it is a photo. */
export async function analysePage(inputPath: string): Promise<PageAnalysis> {
  const meta = await sharp(inputPath).metadata();
  const { width, height } = meta;
  const factor = Math.min(1, ANALYSIS_MAX_SIDE / Math.max(width, height));
  const { data, info } = await sharp(inputPath)
    .flatten({ background: '#fff' })
    .grayscale()
    .resize(Math.max(1, Math.round(width * factor)), Math.max(1, Math.round(height * factor)), {
      fit: 'fill',
      // Several times faster than the default on big scans; a rough glyph size is all we need.
      kernel: 'nearest',
    })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grey = new Uint8Array(info.width * info.height);
  for (let i = 0; i < grey.length; i++) grey[i] = data[i * info.channels];
  const text = estimateTextHeight({ data: grey, width: info.width, height: info.height });
  const uniformity = backgroundUniformity(grey);
  return {
    width,
    height,
    glyphHeight: text.medianHeight === undefined ? undefined : text.medianHeight / factor,
    uniformity,
    clean: uniformity >= CLEAN_BACKGROUND_MIN,
  };
}
