import type { BoundingPoly, Field, ImageResult, OcrResponse } from '../../clova/index.ts';

/**
 * The ground truth of one document (issue 15): CLOVA's response shape, so every reader of a
 * response reads it, with a `revision` at the top level (beside CLOVA's `version`, which stays
 * V1/V2) and, on every field, a stable `id` and a `review` state. Deleted fields stay in this
 * store form (review "deleted") so a re-run keeps them deleted; exports leave them out.
 */

export const REVIEW_STATES = [
  'unreviewed',
  'accepted',
  'corrected',
  'added',
  'deleted',
  'illegible',
] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface GtField extends Field {
  id: string;
  review: ReviewState;
}

/**
 * Omit for CLOVA's loose objects: Omit over a type with an index signature keeps only the index
 * signature (losing uid, version...); a key-remapping mapped type keeps the named keys.
 */
type Without<T, K extends PropertyKey> = { [P in keyof T as P extends K ? never : P]: T[P] };

export type GtImage = Without<ImageResult, 'fields'> & { fields: GtField[] };

export type GroundTruth = Without<OcrResponse, 'images'> & {
  /** 0 before any review; +1 per accepted batch of changes (and per re-run match). */
  revision: number;
  images: GtImage[];
};

/**
 * One change, as the app sends it. `page` is the page index (convertedImageInfo.pageIndex, else
 * the images[] position: PageModel.index). `at` in split is a UTF-16 offset into the text (what an
 * input's caret gives). `restore` is the exact inverse of any change (undo/redo): it removes the
 * fields `remove` from the page and puts `fields` back at position `index` of its fields list.
 */
export type Change =
  | { op: 'edit'; id: string; text: string }
  | { op: 'accept'; id: string }
  | { op: 'illegible'; id: string }
  | { op: 'delete'; id: string }
  | { op: 'add'; page: number; boundingPoly: BoundingPoly; text: string }
  | { op: 'merge'; ids: string[]; separator?: string }
  | { op: 'split'; id: string; at: number }
  | { op: 'restore'; page: number; index: number; remove: string[]; fields: GtField[] };

export type ChangeOp = Change['op'];

/** What the store keeps per applied change: who did what, when, and the fields before and after. */
export interface ChangeLogEntry {
  who: string;
  /** ISO 8601 time. */
  at: string;
  op: ChangeOp;
  /** The revision this change produced. */
  revision: number;
  /** Page index and the position in its fields list where the change happened. */
  page: number;
  index: number;
  /** The fields the change replaced (in list order), and what replaced them. */
  before: GtField[];
  after: GtField[];
}

export interface ChangeError {
  /** Position of the offending change in the batch. */
  change: number;
  message: string;
}

export type ApplyResult =
  | { kind: 'applied'; groundTruth: GroundTruth; entries: ChangeLogEntry[] }
  /** baseRevision is stale: nothing applied; the client reloads `revision` and re-applies. */
  | { kind: 'conflict'; revision: number }
  /** Some change is invalid: nothing applied. */
  | { kind: 'invalid'; errors: ChangeError[] };

export interface PageProgress {
  page: number;
  reviewed: number;
  total: number;
}

export interface ReviewProgress {
  pages: PageProgress[];
  reviewed: number;
  total: number;
}
