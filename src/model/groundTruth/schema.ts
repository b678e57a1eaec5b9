import { z } from '../../clova/zod.ts';
import { BoundingPolySchema, FieldSchema, ImageResultSchema, OcrResponseSchema } from '../../clova/index.ts';
import { REVIEW_STATES } from './types.ts';
import type { Change, GroundTruth } from './types.ts';

/**
 * The edges of the ground-truth layer (store rows, request bodies) in zod, as src/clova does for
 * responses. Objects stay loose like CLOVA's, so keys added by CLOVA later survive a round trip.
 */

/** Field ids: short ASCII names (fromRun's "p0.w12", apply's "r3.0"), safe in XML ids and URLs. */
export const FIELD_ID_PATTERN = /^[A-Za-z][A-Za-z0-9._-]{0,63}$/;

export const ReviewStateSchema = z.enum(REVIEW_STATES);

export const GtFieldSchema = FieldSchema.extend({
  id: z.string().regex(FIELD_ID_PATTERN),
  review: ReviewStateSchema,
});

export const GtImageSchema = ImageResultSchema.extend({ fields: z.array(GtFieldSchema) });

export const GroundTruthSchema = OcrResponseSchema.extend({
  revision: z.number().int().min(0),
  images: z.array(GtImageSchema),
}).superRefine((gt, ctx) => {
  const seen = new Set<string>();
  gt.images.forEach((image, i) =>
    image.fields.forEach((f, j) => {
      if (seen.has(f.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['images', i, 'fields', j, 'id'],
          message: `duplicate id ${f.id}`,
        });
      }
      seen.add(f.id);
    }),
  );
});

const id = z.string().min(1).max(64);
const pageIndex = z.number().int().min(0);

export const ChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('edit'), id, text: z.string().max(10_000) }),
  z.object({ op: z.literal('accept'), id }),
  z.object({ op: z.literal('illegible'), id }),
  z.object({ op: z.literal('delete'), id }),
  z.object({
    op: z.literal('add'),
    page: pageIndex,
    boundingPoly: BoundingPolySchema,
    text: z.string().max(10_000),
  }),
  z.object({
    op: z.literal('merge'),
    ids: z.array(id).min(2).max(1000),
    separator: z.string().max(8).optional(),
  }),
  z.object({ op: z.literal('split'), id, at: z.number().int() }),
  z.object({
    op: z.literal('restore'),
    page: pageIndex,
    index: z.number().int().min(0),
    remove: z.array(id).max(10_000),
    fields: z.array(GtFieldSchema).max(10_000),
  }),
]);

/** The body of POST /api/documents/:id/groundtruth/changes. */
export const ChangeRequestSchema = z.object({
  baseRevision: z.number().int().min(0),
  changes: z.array(ChangeSchema).min(1).max(50_000),
  /** Who made the changes: the name the app asks for once (kept with each change's history). */
  reviewer: z.string().trim().min(1).max(100).optional(),
});
export type ChangeRequest = z.infer<typeof ChangeRequestSchema>;

// The schemas and the hand-written types must agree; these fail to compile if they drift.
type Agrees<A, B> = A extends B ? true : false;
export const schemaMatchesTypes: [
  Agrees<z.infer<typeof GroundTruthSchema>, GroundTruth>,
  Agrees<z.infer<typeof ChangeSchema>, Change>,
] = [true, true];
