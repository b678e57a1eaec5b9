import sharp from 'sharp';
import type { Container } from './magic.ts';
import { tiffPageSizes } from './tiffPages.ts';
import type { PageSize } from './tiffPages.ts';

/**
 * Page sizes as the file's header declares them, read without decoding pixels (sharp reads only
 * the header for metadata). PDFs have no pixel size until rendered, so they report none.
 */
export async function declaredPageSizes(path: string, container: Container): Promise<PageSize[]> {
  switch (container) {
    case 'png':
    case 'jpeg': {
      const meta = await sharp(path, { limitInputPixels: false }).metadata();
      if (!meta.width || !meta.height) throw new Error('image header has no size');
      return [{ width: meta.width, height: meta.height }];
    }
    case 'tiff':
      return tiffPageSizes(path);
    case 'pdf':
      return [];
  }
}

/** The first page over the pixel cap (1-based), or undefined when all fit. */
export function firstOversizedPage(
  pages: PageSize[],
  maxPixels: number,
): { page: number; size: PageSize } | undefined {
  const i = pages.findIndex((p) => p.width * p.height > maxPixels);
  return i < 0 ? undefined : { page: i + 1, size: pages[i] };
}
