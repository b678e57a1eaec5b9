import { join } from 'node:path';
import { runChild } from '../processes/runChild.ts';
import { readPnmSize } from './pgm.ts';
import { MAX_PAGE_PIXELS, PDF_DPI } from './limits.ts';
import type { RenderedPage } from './pageTypes.ts';

/** The dpi for a page: PDF_DPI unless that would exceed the pixel cap (posters, huge scans). */
export function dpiForPage(sizePt: { width: number; height: number } | undefined, dpi = PDF_DPI): number {
  if (!sizePt) return dpi;
  const pixelsAt1 = (sizePt.width / 72) * (sizePt.height / 72);
  const capped = Math.floor(Math.sqrt(MAX_PAGE_PIXELS / pixelsAt1));
  return Math.max(1, Math.min(dpi, capped));
}

/** Rasterises one PDF page (0-based) to a grayscale PGM with poppler's `pdftoppm`. */
export async function rasterisePdfPage(
  pdfPath: string,
  pageIndex: number,
  dpi: number,
  outDir: string,
  signal?: AbortSignal,
): Promise<RenderedPage> {
  const prefix = join(outDir, `page-${pageIndex + 1}`);
  const n = String(pageIndex + 1);
  await runChild('pdftoppm', ['-r', String(dpi), '-gray', '-f', n, '-l', n, '-singlefile', pdfPath, prefix], {
    signal,
  });
  const path = `${prefix}.pgm`;
  return { path, ...(await readPnmSize(path)), dpi };
}
