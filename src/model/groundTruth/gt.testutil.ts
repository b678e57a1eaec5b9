import { OcrResponseSchema } from '../../clova/index.ts';
import type { BoundingPoly, OcrResponse } from '../../clova/index.ts';
import type { Point } from '../types.ts';
import { image, response, rows } from '../responses.testutil.ts';
import type { FieldSpec } from '../responses.testutil.ts';
import { fromRun } from './fromRun.ts';
import type { GroundTruth, GtField } from './types.ts';

/** Test-only builders for ground truths. */

export const run = (pages: FieldSpec[][]): OcrResponse =>
  OcrResponseSchema.parse(response(pages.map((fields, i) => image(i, fields))));

/** A ground truth of one page per entry, each a grid of words (rows() layout). */
export const gtOf = (...pages: string[][][]): GroundTruth => fromRun(run(pages.map((p) => rows(p))));

export const texts = (gt: GroundTruth, page = 0): string[] => gt.images[page].fields.map((f) => f.inferText);

export const field = (gt: GroundTruth, id: string): GtField => {
  const f = gt.images.flatMap((i) => i.fields).find((x) => x.id === id);
  if (!f) throw new Error(`no field ${id}`);
  return f;
};

export const WHO = 'kim';
export const AT = '2026-12-07T04:00:00.000Z';

/** A boundingPoly from model points. */
export const bp = (vs: readonly Point[]): BoundingPoly => ({ vertices: vs.map(({ x, y }) => ({ x, y })) });
