import { pagesOfImages } from './pages.ts';
import type { GroundTruth, ReviewProgress } from './types.ts';

/**
 * Review progress per page (in page order) and for the document: a word counts as reviewed once
 * it has any state but `unreviewed`; deleted words count too (deciding a detection was false is
 * a review), so the total is every word the page has had.
 */
export function reviewProgress(gt: GroundTruth): ReviewProgress {
  const { pageOf } = pagesOfImages(gt.images);
  const pages = gt.images
    .map((image, i) => ({
      page: pageOf[i],
      reviewed: image.fields.filter((f) => f.review !== 'unreviewed').length,
      total: image.fields.length,
    }))
    .sort((a, b) => a.page - b.page);
  return {
    pages,
    reviewed: pages.reduce((n, p) => n + p.reviewed, 0),
    total: pages.reduce((n, p) => n + p.total, 0),
  };
}
