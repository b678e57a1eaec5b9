/// <reference lib="webworker" />
import * as UTIF from 'utif2';
import { TIFF_THUMB_SIDE } from './tiffProtocol.ts';
import type { TiffReply, TiffRequest } from './tiffProtocol.ts';

/**
 * Decodes every page of a TIFF off the main thread (multi-page scans can take seconds) and sends
 * back ImageBitmaps, transferred rather than copied, with a small copy of each for thumbnails.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<TiffRequest>) => {
  try {
    const buffer = await e.data.file.arrayBuffer();
    // Reduced-resolution copies (NewSubfileType bit 0) are previews, not pages.
    const ifds = UTIF.decode(buffer).filter((ifd) => {
      const sub = ifd.t254 as number[] | undefined;
      return ifd.t256 && ifd.t257 && !(sub && (sub[0] & 1) === 1);
    });
    if (ifds.length === 0) throw new Error('no image in this TIFF');
    const pages: ImageBitmap[] = [];
    const thumbs: ImageBitmap[] = [];
    for (const ifd of ifds) {
      UTIF.decodeImage(buffer, ifd);
      const rgba = UTIF.toRGBA8(ifd);
      const img = new ImageData(
        new Uint8ClampedArray(rgba.buffer as ArrayBuffer, rgba.byteOffset, rgba.length),
        ifd.width,
        ifd.height,
      );
      pages.push(await createImageBitmap(img));
      const k = Math.min(1, TIFF_THUMB_SIDE / Math.max(ifd.width, ifd.height, 1));
      thumbs.push(
        await createImageBitmap(img, {
          resizeWidth: Math.max(1, Math.round(ifd.width * k)),
          resizeHeight: Math.max(1, Math.round(ifd.height * k)),
          resizeQuality: 'high',
        }),
      );
    }
    const reply: TiffReply = { ok: true, pages, thumbs };
    scope.postMessage(reply, [...pages, ...thumbs]);
  } catch (err) {
    const reply: TiffReply = { ok: false, error: err instanceof Error ? err.message : String(err) };
    scope.postMessage(reply);
  }
};
