import { liveFields } from '../groundTruth/live.ts';
import { pagesOfImages } from '../groundTruth/pages.ts';
import { splitTruthPages } from '../review/score.ts';
import type { GroundTruth } from '../groundTruth/types.ts';
import type { Bounds } from '../types.ts';

/**
 * What the report reads of a run and of a ground truth: pages of words in the response's order
 * (issue 16 §1), with their boxes. Read straight from the stored JSON (no document model: the
 * report reads thousands of runs and needs no lines or paragraphs), leniently: a field without a
 * usable box keeps its text and loses only its box; pages are placed by the document model's rule.
 */

export interface RunWord {
  text: string;
  confidence: number;
  /** null when the field has no usable boundingPoly. */
  bounds: Bounds | null;
  /** Index of the field in its image's fields (the viewer's way back to the word). */
  field: number;
}

export interface RunPage {
  page: number;
  words: RunWord[];
}

export interface TruthPage {
  page: number;
  /** The page's text (words joined by spaces, or the text given); normalised by the metrics. */
  text: string;
  /** Words with boxes when the ground truth has them (reviewed boxes), else null (text only). */
  words: { text: string; bounds: Bounds | null }[] | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function boundsOf(poly: unknown): Bounds | null {
  const vs = isRecord(poly) ? poly.vertices : undefined;
  if (!Array.isArray(vs) || vs.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const v of vs) {
    if (!isRecord(v) || typeof v.x !== 'number' || typeof v.y !== 'number') return null;
    minX = Math.min(minX, v.x);
    minY = Math.min(minY, v.y);
    maxX = Math.max(maxX, v.x);
    maxY = Math.max(maxY, v.y);
  }
  return Number.isFinite(minX + minY + maxX + maxY) ? { minX, minY, maxX, maxY } : null;
}

function imagesOf(response: unknown): unknown[] {
  const images = isRecord(response) ? response.images : undefined;
  return Array.isArray(images) ? images : [];
}

/** A run's pages (the stored response, parsed), in page order. */
export function runPages(response: unknown): RunPage[] {
  const images = imagesOf(response);
  const { pageOf } = pagesOfImages(images);
  const out: RunPage[] = [];
  for (let i = 0; i < images.length; i++) {
    if (pageOf[i] < 0) continue;
    const image = images[i];
    const fields: unknown[] = isRecord(image) && Array.isArray(image.fields) ? image.fields : [];
    const words: RunWord[] = [];
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k];
      if (!isRecord(f)) continue;
      const c = f.inferConfidence;
      words.push({
        text: typeof f.inferText === 'string' ? f.inferText : '',
        confidence: typeof c === 'number' && Number.isFinite(c) ? Math.min(1, Math.max(0, c)) : 0,
        bounds: boundsOf(f.boundingPoly),
        field: k,
      });
    }
    out.push({ page: pageOf[i], words });
  }
  return out.sort((a, b) => a.page - b.page);
}

/** A ground truth in store form: each page's live words with their boxes. */
export function truthPagesOfBody(gt: GroundTruth): TruthPage[] {
  const { pageOf } = pagesOfImages(gt.images);
  return gt.images
    .map((image, i) => {
      const words = liveFields(image.fields).map((f) => ({
        text: f.inferText,
        bounds: boundsOf(f.boundingPoly),
      }));
      return { page: pageOf[i], text: words.map((w) => w.text).join(' '), words };
    })
    .filter((p) => p.page >= 0)
    .sort((a, b) => a.page - b.page);
}

/** A ground truth given as text: pages separated by form feeds, no boxes. */
export const truthPagesOfText = (text: string): TruthPage[] =>
  splitTruthPages(text).map((t, page) => ({ page, text: t, words: null }));
