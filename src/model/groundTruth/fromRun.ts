import type { OcrResponse } from '../../clova/index.ts';
import { pagesOfImages } from './pages.ts';
import type { GroundTruth } from './types.ts';

/** The id fromRun gives the field at `fieldIndex` of page `page`. */
export const runFieldId = (page: number, fieldIndex: number): string => `p${page}.w${fieldIndex}`;

/**
 * The ground truth before any review: the run's response as is (unknown keys kept), revision 0,
 * every field `unreviewed` with an id made from its page and position, so the same run always
 * gives the same ids. Pages without fields (failed ones included) get an empty list.
 */
export function fromRun(response: OcrResponse): GroundTruth {
  const { pageOf } = pagesOfImages(response.images);
  return {
    ...response,
    revision: 0,
    images: response.images.map((image, i) => ({
      ...image,
      fields: (image.fields ?? []).map((f, k) => ({
        ...f,
        id: runFieldId(pageOf[i], k),
        review: 'unreviewed' as const,
      })),
    })),
  };
}
