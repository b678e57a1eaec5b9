import type { DocFormat, DocSource, Raster } from './source.ts';
import { scaledSize } from './scaledCopy.ts';
import { whenIdle } from '../lib/whenIdle.ts';

/** A JPEG or PNG: decoded once to a bitmap (EXIF orientation applied, as CLOVA sees upright pixels). */
export async function loadImage(file: File, format: DocFormat): Promise<DocSource> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new Error(`${file.name}: the image could not be decoded.`);
  }
  const thumbs = new Map<number, Promise<Raster>>();
  // Thumbnails wait until the page itself has been asked for and the browser is idle.
  let shown!: () => void;
  const firstRender = new Promise<void>((r) => (shown = r));
  return {
    name: file.name,
    format,
    file,
    pages: [{ width: bitmap.width, height: bitmap.height }],
    scalable: false,
    render: async () => {
      shown();
      return bitmap;
    },
    async thumbnail(_pageIndex, maxSide) {
      let t = thumbs.get(maxSide);
      if (!t) {
        // Decoded again from the file, off the main thread (resizing the bitmap here would be on it).
        const { width, height } = scaledSize(bitmap, maxSide);
        t = whenIdle(firstRender).then(() =>
          createImageBitmap(file, {
            imageOrientation: 'from-image',
            resizeWidth: width,
            resizeHeight: height,
            resizeQuality: 'high',
          }),
        );
        thumbs.set(maxSide, t);
      }
      return t;
    },
    destroy: () => bitmap.close(),
  };
}
