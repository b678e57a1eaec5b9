import type { DocSource, Raster } from './source.ts';
import type { TiffReply, TiffRequest } from './tiffProtocol.ts';
import { TIFF_THUMB_SIDE } from './tiffProtocol.ts';
import { scaledCopy } from './scaledCopy.ts';
import { whenIdle } from '../lib/whenIdle.ts';

/** A (multi-page) TIFF, decoded in a Web Worker. */
export async function loadTiff(file: File, format: 'tif' | 'tiff'): Promise<DocSource> {
  const { pages, thumbs: small } = await decodeInWorker(file).catch((e: unknown) => {
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
        // From the worker's small copy: the main thread never resizes a whole page.
        const from = maxSide <= TIFF_THUMB_SIDE ? small[pageIndex] : pages[pageIndex];
        t = whenIdle(firstRender).then(() => scaledCopy(from, maxSide));
        thumbs.set(key, t);
      }
      return t;
    },
    destroy: () => [...pages, ...small].forEach((b) => b.close()),
  };
}

function decodeInWorker(file: Blob): Promise<{ pages: ImageBitmap[]; thumbs: ImageBitmap[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./tiffWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<TiffReply>) => {
      worker.terminate();
      if (e.data.ok) resolve({ pages: e.data.pages, thumbs: e.data.thumbs });
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'worker failed'));
    };
    const req: TiffRequest = { file };
    worker.postMessage(req);
  });
}
