import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { runChild } from '../engines/tesseract/processes/runChild.ts';
import { MAX_PAGE_PIXELS, PDF_DPI } from '../engines/tesseract/raster/limits.ts';
import type { Point } from '../../model/types.ts';
import { RelayError } from '../errors.ts';

/**
 * A stored document's pages as pixels, in the coordinate space of its ground truth: the size the
 * response says the page had (convertedImageInfo) when it says one, else the image's own size
 * (EXIF orientation applied, as browsers and the engines see it) or, for PDFs, the relay's
 * rasterising resolution. PDFs go through poppler's pdftoppm, as the tesseract engine's do.
 */
export interface StoredFile {
  format: string;
  bytes: Buffer;
}

export interface PageSize {
  width: number;
  height: number;
}

/** One decoded page: RGB, 3 bytes per pixel. */
export interface PagePixels {
  data: Buffer;
  width: number;
  height: number;
}

export class PageRenderer {
  #dir: Promise<string> | undefined;
  #pdf: Promise<string> | undefined;

  constructor(
    private readonly file: StoredFile,
    private readonly tmpRoot: string,
    private readonly signal?: AbortSignal,
  ) {}

  /** Page `index` (0-based) at `size` (the response's page size), or its natural size. */
  async page(index: number, size?: PageSize): Promise<PagePixels> {
    const want = size && size.width > 0 && size.height > 0 && size.width * size.height <= MAX_PAGE_PIXELS;
    const input = this.file.format === 'pdf' ? await this.pdfPage(index, want ? size : undefined) : undefined;
    let img = input
      ? sharp(input)
      : sharp(this.file.bytes, { page: index, limitInputPixels: MAX_PAGE_PIXELS * 4 }).rotate();
    img = img.flatten({ background: '#ffffff' });
    if (want) img = img.resize(Math.round(size.width), Math.round(size.height), { fit: 'fill' });
    try {
      const { data, info } = await img
        .removeAlpha()
        .toColourspace('srgb')
        .raw()
        .toBuffer({ resolveWithObject: true });
      if (info.channels !== 3) throw new Error(`${info.channels} channels`);
      return { data, width: info.width, height: info.height };
    } catch (err) {
      throw new RelayError(
        '0011',
        `Page ${index + 1} of the document could not be read to cut its images: ${(err as Error).message}`,
        422,
      );
    }
  }

  /** Page `index` of the stored PDF as PNG bytes, rendered at `size` or at PDF_DPI. */
  private async pdfPage(index: number, size?: PageSize): Promise<Buffer> {
    const dir = await (this.#dir ??= mkdtemp(join(this.tmpRoot, 'gt-export-')));
    const pdf = await (this.#pdf ??= writeFile(join(dir, 'doc.pdf'), this.file.bytes).then(() =>
      join(dir, 'doc.pdf'),
    ));
    const prefix = join(dir, `page-${index + 1}`);
    const n = String(index + 1);
    const scale = size
      ? ['-scale-to-x', String(Math.round(size.width)), '-scale-to-y', String(Math.round(size.height))]
      : ['-r', String(PDF_DPI)];
    try {
      await runChild('pdftoppm', ['-png', ...scale, '-f', n, '-l', n, '-singlefile', pdf, prefix], {
        signal: this.signal,
      });
      return await readFile(`${prefix}.png`);
    } catch (err) {
      throw new RelayError(
        '0011',
        `Page ${index + 1} of the PDF could not be rendered to cut its images: ${(err as Error).message}`,
        422,
      );
    } finally {
      await rm(`${prefix}.png`, { force: true });
    }
  }

  async close(): Promise<void> {
    const dir = this.#dir;
    this.#dir = undefined;
    if (dir) await rm(await dir, { recursive: true, force: true });
  }
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const rawOf = (page: PagePixels) =>
  sharp(page.data, { raw: { width: page.width, height: page.height, channels: 3 } });

/** The rect clamped to the page, whole pixels, at least 1×1. */
function clamp(page: PagePixels, rect: Rect) {
  const left = Math.min(Math.max(0, Math.floor(rect.x)), page.width - 1);
  const top = Math.min(Math.max(0, Math.floor(rect.y)), page.height - 1);
  const width = Math.max(1, Math.min(page.width - left, Math.round(rect.width)));
  const height = Math.max(1, Math.min(page.height - top, Math.round(rect.height)));
  return { left, top, width, height };
}

/** A page region as a PNG. */
export function cropPng(page: PagePixels, rect: Rect): Promise<Buffer> {
  return rawOf(page).extract(clamp(page, rect)).png().toBuffer();
}

/** Turns under this many degrees are cut as upright rectangles (no resampling). */
const UPRIGHT_DEGREES = 1;

/**
 * The text in `quad` (v0 at its top-left, then clockwise) as an upright PNG, as PaddleOCR's own
 * rotate-crop does: text at any angle, upside down included, comes out reading left to right,
 * quad width × quad height. Near-upright boxes are cut as their rect.
 */
export async function cropQuadPng(page: PagePixels, rect: Rect, quad: readonly Point[]): Promise<Buffer> {
  if (quad.length !== 4) return cropPng(page, rect);
  const [a, b, , d] = quad;
  const angle = Math.atan2(b.y - a.y, b.x - a.x);
  const degrees = (angle * 180) / Math.PI;
  if (Math.abs(degrees) < UPRIGHT_DEGREES) return cropPng(page, rect);
  const w = Math.max(1, Math.round(Math.hypot(b.x - a.x, b.y - a.y)));
  const h = Math.max(1, Math.round(Math.hypot(d.x - a.x, d.y - a.y)));
  const region = clamp(page, rect);
  // sharp turns clockwise (y down) about the region's centre and grows the canvas to fit.
  const { data, info } = await rawOf(page)
    .extract(region)
    .rotate(-degrees, { background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Where the quad's centre lands: turned by -angle about the region centre, in the new canvas.
  const qx = quad.reduce((s, p) => s + p.x, 0) / 4 - (region.left + region.width / 2);
  const qy = quad.reduce((s, p) => s + p.y, 0) / 4 - (region.top + region.height / 2);
  const cx = info.width / 2 + qx * Math.cos(angle) + qy * Math.sin(angle);
  const cy = info.height / 2 - qx * Math.sin(angle) + qy * Math.cos(angle);
  const turned = { data, width: info.width, height: info.height };
  return cropPng(turned, { x: Math.round(cx - w / 2), y: Math.round(cy - h / 2), width: w, height: h });
}

/** The whole page as a PNG. */
export const pagePng = (page: PagePixels): Promise<Buffer> => rawOf(page).png().toBuffer();
