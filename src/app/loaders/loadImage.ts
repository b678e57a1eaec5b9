import type { DocFormat, DocSource, Raster } from './source.ts';
import { scaledCopy } from './scaledCopy.ts';

/** A JPEG or PNG: decoded once to a bitmap (EXIF orientation applied, as CLOVA sees upright pixels). */
export async function loadImage(file: File, format: DocFormat): Promise<DocSource> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new Error(`${file.name}: the image could not be decoded.`);
  }
  const thumbs = new Map<number, Raster>();
  return {
    name: file.name,
    format,
    file,
    pages: [{ width: bitmap.width, height: bitmap.height }],
    scalable: false,
    render: async () => bitmap,
    async thumbnail(_pageIndex, maxSide) {
      let t = thumbs.get(maxSide);
      if (!t) {
        t = scaledCopy(bitmap, maxSide);
        thumbs.set(maxSide, t);
      }
      return t;
    },
    destroy: () => bitmap.close(),
  };
}
