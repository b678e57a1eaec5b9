import type { DocSource } from './source.ts';
import type { TiffReply, TiffRequest } from './tiffProtocol.ts';
import { TIFF_THUMB_SIDE } from './tiffProtocol.ts';
import { scaledCopy } from './scaledCopy.ts';

/** A (multi-page) TIFF, decoded in a Web Worker. */
export async function loadTiff(file: File, format: 'tif' | 'tiff'): Promise<DocSource> {
  const { pages, thumbs: small } = await decodeInWorker(file).catch((e: unknown) => {
    throw new Error(
      `${file.name}: the TIFF could not be decoded (${e instanceof Error ? e.message : String(e)}).`,
    );
  });
  return {
    name: file.name,
    format,
    file,
    pages: pages.map((b) => ({ width: b.width, height: b.height })),
    scalable: false,
    render: async (pageIndex, scale) => {
      const page = pages[pageIndex];
      if (scale >= 1) return page;
      // Below full size, from the worker's small copy when it is enough: the main thread never
      // resizes a whole page.
      const maxSide = scale * Math.max(page.width, page.height);
      return scaledCopy(maxSide <= TIFF_THUMB_SIDE ? small[pageIndex] : page, maxSide);
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
