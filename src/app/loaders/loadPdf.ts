import { GlobalWorkerOptions, PDFWorker, getDocument } from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { DocSource, PageSize, Raster } from './source.ts';
import { whenIdle } from '../lib/whenIdle.ts';

// This module is only reached through a dynamic import, so pdf.js stays out of the initial bundle.
GlobalWorkerOptions.workerSrc = workerUrl;

let worker: PDFWorker | null = null;

/**
 * pdf.js's worker, started once and shared by every PDF opened (its script is 1 MB to fetch and
 * compile). openFiles calls this as soon as a PDF is picked, so the start overlaps reading the file.
 */
export function warmPdfWorker(): PDFWorker {
  worker ??= new PDFWorker();
  return worker;
}

/** A PDF rendered with pdf.js. Page sizes are in points (72 dpi), the scale CLOVA's own renders use. */
export async function loadPdf(file: File): Promise<DocSource> {
  const data = new Uint8Array(await file.arrayBuffer());
  let pdf: PDFDocumentProxy;
  try {
    pdf = await getDocument({
      data,
      worker: warmPdfWorker(),
      isEvalSupported: false,
      // Images up to 100 million pixels are drawn (a 600-dpi A3 scan is 70 million).
      maxImageSize: 100_000_000,
    }).promise;
  } catch (e) {
    throw new Error(
      `${file.name}: the PDF could not be read (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  // All page sizes in one round of requests to the worker rather than one after another.
  const pages: PageSize[] = await Promise.all(
    Array.from({ length: pdf.numPages }, async (_, i) => {
      const vp = (await pdf.getPage(i + 1)).getViewport({ scale: 1 });
      return { width: vp.width, height: vp.height };
    }),
  );
  const thumbs = new Map<string, Promise<Raster>>();
  // pdf.js renders one page at a time: thumbnails wait for the first page render and for idle time.
  let firstDone!: () => void;
  const firstRender = new Promise<void>((r) => (firstDone = r));

  async function render(pageIndex: number, scale: number): Promise<Raster> {
    const page = await pdf.getPage(pageIndex + 1);
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(viewport.width));
    canvas.height = Math.max(1, Math.floor(viewport.height));
    await page.render({ canvas, viewport, background: '#ffffff' }).promise;
    return canvas;
  }

  async function renderRegion(
    pageIndex: number,
    scale: number,
    r: { x: number; y: number; width: number; height: number },
  ) {
    const page = await pdf.getPage(pageIndex + 1);
    // Shift the page so the region's top-left lands at the canvas origin; the canvas is the region's size.
    const viewport = page.getViewport({ scale, offsetX: -r.x * scale, offsetY: -r.y * scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.ceil(r.width * scale));
    canvas.height = Math.max(1, Math.ceil(r.height * scale));
    await page.render({ canvas, viewport, background: '#ffffff' }).promise;
    return canvas;
  }

  const renderFirst = (pageIndex: number, scale: number) => {
    const r = render(pageIndex, scale);
    r.then(firstDone, firstDone);
    return r;
  };

  return {
    name: file.name,
    format: 'pdf',
    file,
    pages,
    scalable: true,
    render: renderFirst,
    renderRegion,
    thumbnail(pageIndex, maxSide) {
      const key = `${pageIndex}:${maxSide}`;
      let t = thumbs.get(key);
      if (!t) {
        const p = pages[pageIndex];
        const scale = maxSide / Math.max(p.width, p.height, 1);
        t = whenIdle(firstRender).then(() => render(pageIndex, scale));
        thumbs.set(key, t);
      }
      return t;
    },
    destroy: () => void pdf.destroy(),
  };
}
