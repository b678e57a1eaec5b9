import type { DocFormat, DocSource } from './source.ts';
import { scaledSize } from './scaledCopy.ts';

/** A JPEG or PNG: decoded once to a bitmap (EXIF orientation applied, as CLOVA sees upright pixels). */
export async function loadImage(file: File, format: DocFormat): Promise<DocSource> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new Error(`${file.name}: the image could not be decoded.`);
  }
  return {
    name: file.name,
    format,
    file,
    pages: [{ width: bitmap.width, height: bitmap.height }],
    scalable: false,
    render: async (_pageIndex, scale) => {
      if (scale >= 1) return bitmap;
      // Decoded again from the file, off the main thread (resizing the bitmap here would be on it).
      const { width, height } = scaledSize(bitmap, scale * Math.max(bitmap.width, bitmap.height));
      return createImageBitmap(file, {
        imageOrientation: 'from-image',
        resizeWidth: width,
        resizeHeight: height,
        resizeQuality: 'high',
      });
    },
    destroy: () => bitmap.close(),
  };
}
