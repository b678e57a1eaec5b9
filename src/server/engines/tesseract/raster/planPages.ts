import { ChildError } from '../processes/runChild.ts';
import { countBitmapPages, prepareBitmapPage } from './bitmapPage.ts';
import { pdfFailureMessage } from './pdfFailure.ts';
import { readPdfInfo } from './pdfInfo.ts';
import { dpiForPage, rasterisePdfPage } from './pdfPage.ts';
import { MAX_PAGES } from './limits.ts';
import { RasterError, type PageJob } from './pageTypes.ts';

/**
 * Splits an input file into page jobs. Only the page count is read here; the rasterising itself is
 * deferred to `render`, which the caller runs in its work queue so it counts against the CPU cap.
 * Throws RasterError for inputs to refuse (too many pages, unreadable file).
 */
export async function planPages(
  image: { path: string; format: string },
  outDir: string,
  signal: AbortSignal,
): Promise<PageJob[]> {
  const format = image.format.toLowerCase();
  if (format === 'pdf') return planPdf(image.path, outDir, signal);
  const multi = format === 'tif' || format === 'tiff';
  const pages = multi ? await unreadableOnError(() => countBitmapPages(image.path)) : 1;
  checkPageCount(pages, multi ? 'TIFF' : 'image');
  return Array.from({ length: pages }, (_, pageIndex) => ({
    pageIndex,
    render: () =>
      unreadableOnError(() => prepareBitmapPage(image.path, pageIndex, { forceConvert: multi, outDir })),
  }));
}

async function planPdf(path: string, outDir: string, signal: AbortSignal): Promise<PageJob[]> {
  const info = await readPdfInfo(path, MAX_PAGES, signal).catch((e: unknown) => {
    // A missing poppler is the server's problem (reported as such); anything else is a bad file.
    if (e instanceof ChildError && e.reason !== 'ENOENT')
      throw new RasterError('unreadable', pdfFailureMessage(e.stderr));
    throw e;
  });
  checkPageCount(info.pages, 'PDF');
  return Array.from({ length: info.pages }, (_, pageIndex) => ({
    pageIndex,
    render: (sig: AbortSignal) =>
      rasterisePdfPage(path, pageIndex, dpiForPage(info.sizes[pageIndex]), outDir, sig),
  }));
}

function checkPageCount(pages: number, what: string): void {
  if (pages < 1) throw new RasterError('unreadable', `The ${what} has no pages.`);
  if (pages > MAX_PAGES) {
    throw new RasterError(
      'too-many-pages',
      `The ${what} has ${pages} pages; at most ${MAX_PAGES} pages are supported.`,
    );
  }
}

async function unreadableOnError<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new RasterError('unreadable', `The image could not be read: ${why}`);
  }
}
