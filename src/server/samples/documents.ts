import sharp, { type Sharp } from 'sharp';
import { PDFDocument } from 'pdf-lib';

/** Languages the generated documents are written in (CLOVA's `lang` codes). */
export type DocLang = 'ko' | 'ja' | 'zh-TW' | 'en';

/**
 * Documents with known text (the relay's samples, and every test), rendered by sharp's Pango text renderer with the Noto CJK fonts
 * (Debian `fonts-noto-cjk`). Node only.
 */
export interface TextPageOptions {
  lines: readonly string[];
  lang: DocLang;
  /** Page width in pixels; default A4 width at `dpi`. */
  width?: number;
  /** Page height in pixels; default A4 height at `dpi`. */
  height?: number;
  /** Default 300. */
  dpi?: number;
  /** Font size in points; default 12. */
  fontSize?: number;
  /** Margin in pixels; default 2/3 inch at `dpi`. */
  margin?: number;
}

// Each language gets its regional Noto CJK face so Han characters take the right glyph shapes.
const FONTS: Record<DocLang, string> = {
  ko: 'Noto Sans CJK KR',
  ja: 'Noto Sans CJK JP',
  'zh-TW': 'Noto Sans CJK TC',
  en: 'Noto Sans CJK KR',
};

const A4_INCHES = { width: 8.27, height: 11.69 };
export const DEFAULT_DPI = 300;

/** Renders black text on a white page and returns a PNG carrying the page's dpi. */
export async function renderTextPage(opts: TextPageOptions): Promise<Buffer> {
  const dpi = opts.dpi ?? DEFAULT_DPI;
  const width = opts.width ?? Math.round(A4_INCHES.width * dpi);
  const height = opts.height ?? Math.round(A4_INCHES.height * dpi);
  const margin = opts.margin ?? Math.round((dpi * 2) / 3);
  const markup = `<span foreground="black" lang="${opts.lang}">${escapeMarkup(opts.lines.join('\n'))}</span>`;
  const text = await sharp({
    text: {
      text: markup,
      font: `${FONTS[opts.lang]} ${opts.fontSize ?? 12}`,
      dpi,
      rgba: true,
      width: width - 2 * margin,
      wrap: 'word-char',
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  if (text.info.height > height - 2 * margin) {
    throw new Error(`text is ${text.info.height}px tall and does not fit a ${height}px page`);
  }
  const page = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([{ input: text.data, left: margin, top: margin }])
    .png()
    .toBuffer();
  // Compositing an RGBA layer leaves an alpha band; a scanned page has none.
  return sharp(page).removeAlpha().withDensity(dpi).png().toBuffer();
}

/** A PNG text page (same as renderTextPage; named for symmetry with makeJpeg). */
export function makePng(opts: TextPageOptions): Promise<Buffer> {
  return renderTextPage(opts);
}

export type ExifOrientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * Encodes a page as JPEG. With `orientation`, the pixels are stored transformed so that a viewer
 * applying the EXIF tag shows the page upright, as a phone camera would write them.
 */
export async function makeJpeg(
  page: Buffer,
  opts: { orientation?: ExifOrientation; quality?: number } = {},
): Promise<Buffer> {
  const orientation = opts.orientation ?? 1;
  const stored = await storeForOrientation(sharp(page), orientation).toBuffer();
  const out = sharp(stored).jpeg({ quality: opts.quality ?? 90 });
  return (orientation === 1 ? out : out.withMetadata({ orientation })).toBuffer();
}

/** Applies the inverse of the EXIF orientation transform (sharp flips/flops after rotating). */
function storeForOrientation(img: Sharp, o: ExifOrientation): Sharp {
  switch (o) {
    case 1:
      return img;
    case 2:
      return img.flop();
    case 3:
      return img.rotate(180);
    case 4:
      return img.flip();
    case 5:
      return img.rotate(90).flop();
    case 6:
      return img.rotate(270);
    case 7:
      return img.rotate(270).flop();
    case 8:
      return img.rotate(90);
  }
}

/**
 * A PDF with one page per image, each embedded at its physical size (pixels ÷ dpi × 72 points),
 * so rasterising at the image's dpi gives its pixels back. The dpi is read from the PNG.
 */
export async function makePdf(pages: readonly Buffer[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (const png of pages) {
    const meta = await sharp(png).metadata();
    const dpi = meta.density ?? DEFAULT_DPI;
    const image = await doc.embedPng(meta.format === 'png' ? png : await sharp(png).png().toBuffer());
    const w = (meta.width * 72) / dpi;
    const h = (meta.height * 72) / dpi;
    doc.addPage([w, h]).drawImage(image, { x: 0, y: 0, width: w, height: h });
  }
  return Buffer.from(await doc.save());
}

/**
 * A multi-page TIFF (LZW), readable by sharp (`{ page: i }`) and by utif2 in the browser.
 * libvips writes pages of one size only, so smaller pages are padded with white at the bottom/right.
 */
export async function makeTiff(pages: readonly Buffer[]): Promise<Buffer> {
  if (pages.length === 0) throw new Error('makeTiff needs at least one page');
  const metas = await Promise.all(pages.map((p) => sharp(p).metadata()));
  const width = Math.max(...metas.map((m) => m.width));
  const height = Math.max(...metas.map((m) => m.height));
  const padded = await Promise.all(
    pages.map((p, i) =>
      sharp(p)
        .flatten({ background: '#ffffff' })
        .extend({
          right: width - metas[i].width,
          bottom: height - metas[i].height,
          background: '#ffffff',
        })
        .png()
        .toBuffer(),
    ),
  );
  return sharp(padded, { join: { animated: true } })
    .withDensity(metas[0].density ?? DEFAULT_DPI)
    .tiff({ compression: 'lzw' })
    .toBuffer();
}

function escapeMarkup(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
