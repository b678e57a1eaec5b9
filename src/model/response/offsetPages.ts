/**
 * A response for a page range of a long PDF numbers its pages from 0; the document's pages start
 * at `start`. Returns a copy with `convertedImageInfo.pageIndex` shifted (the raw response is
 * kept as is for the JSON tab). Entries without convertedImageInfo keep their position.
 */
export function offsetPages(response: unknown, start: number): unknown {
  if (start === 0 || !isObject(response) || !Array.isArray(response.images)) return response;
  return {
    ...response,
    images: response.images.map((img: unknown) => {
      if (!isObject(img) || !isObject(img.convertedImageInfo)) return img;
      const info = img.convertedImageInfo;
      const idx = typeof info.pageIndex === 'number' ? info.pageIndex : 0;
      return { ...img, convertedImageInfo: { ...info, pageIndex: idx + start } };
    }),
  };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
