import { normalizeText } from '../review/metrics.ts';
import { splitTruthPages } from '../review/score.ts';
import { PAGE_SEPARATOR } from '../document/text.ts';
import { liveFields } from './live.ts';
import { pagesOfImages } from './pages.ts';
import type { GroundTruth } from './types.ts';

/**
 * Ground truth as text, by issue 16 §1: a page's text is its words' inferText in the response's
 * order joined by single spaces, NFKC-normalised, every whitespace run one space, ends trimmed;
 * pages are separated by form feeds (PAGE_SEPARATOR, what the Score tab and splitTruthPages read).
 * Deleted words are left out; illegible ones keep the text they have (the best reading there is).
 */

/** Issue 16 §1's normalisation, for both sides of a comparison: the one in review/metrics.ts. */
export const normalizeTruthText = normalizeText;

/** Each page's text, in page order. */
export function groundTruthPages(gt: GroundTruth): { page: number; text: string }[] {
  const { pageOf } = pagesOfImages(gt.images);
  return gt.images
    .map((image, i) => ({
      page: pageOf[i],
      text: normalizeTruthText(
        liveFields(image.fields)
          .map((f) => f.inferText)
          .join(' '),
      ),
    }))
    .sort((a, b) => a.page - b.page);
}

/** The whole ground truth as one text: pages in order, separated by form feeds. */
export const groundTruthText = (gt: GroundTruth): string =>
  groundTruthPages(gt)
    .map((p) => p.text)
    .join(PAGE_SEPARATOR);

/** The expected text per page index (undefined where there is no page), as scoreDocument takes it. */
export function expectedPerPage(gt: GroundTruth): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const { page, text } of groundTruthPages(gt)) out[page] = text;
  return out;
}

/** A ground truth given as text only (PUT .../groundtruth/text): its pages, normalised. */
export const truthTextPages = (text: string): string[] => splitTruthPages(text).map(normalizeTruthText);
