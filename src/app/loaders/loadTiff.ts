import type { DocSource, Raster } from './source.ts';
import type { TiffReply, TiffRequest } from './tiffWorker.ts';
import { scaledCopy } from './scaledCopy.ts';
import { whenIdle } from './whenIdle.ts';

/** A (multi-page) TIFF, decoded in a Web Worker. */
export async function loadTiff(file: File, format: 'tif' | 'tiff'): Promise<DocSource> {
  const buffer = await file.arrayBuffer();
  const pages = await decodeInWorker(buffer).catch((e: unknown) => {
    throw new Error(
      `${file.name}: the TIFF could not be decoded (${e instanceof Error ? e.message : String(e)}).`,
    );
  });
  const thumbs = new Map<string, Promise<Raster>>();
  // Thumbnails wait until a page has been asked for and the browser is idle.
  let shown!: () => void;
  const firstRender = new Promise<void>((r) => (shown = r));
  return {
    name: file.name,
    format,
    file,
    pages: pages.map((b) => ({ width: b.width, height: b.height })),
    scalable: false,
    render: async (pageIndex) => {
      shown();
      return pages[pageIndex];
    },
    async thumbnail(pageIndex, maxSide) {
      const key = `${pageIndex}:${maxSide}`;
      let t = thumbs.get(key);
      if (!t) {
        t = whenIdle(firstRender).then(() => scaledCopy(pages[pageIndex], maxSide));
        thumbs.set(key, t);
      }
      return t;
    },
    destroy: () => pages.forEach((b) => b.close()),
  };
}

function decodeInWorker(buffer: ArrayBuffer): Promise<ImageBitmap[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./tiffWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<TiffReply>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.pages);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'worker failed'));
    };
    const req: TiffRequest = { buffer };
    worker.postMessage(req, [buffer]);
  });
}
