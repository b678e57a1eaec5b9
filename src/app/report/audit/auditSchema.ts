import { z } from '../../../clova/zod.ts';

/** A sampling audit (issue 16 §5) as the relay gives it: its words, the answers so far, the estimate. */

const PointSchema = z.object({ x: z.number(), y: z.number() });

export const VERDICTS = ['right', 'wrong'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const AuditItemSchema = z.looseObject({
  /** Its place in the sample (the order the reviewer walks). */
  index: z.number().int().nonnegative(),
  documentId: z.string(),
  /** 0-based page. */
  page: z.number().int().nonnegative(),
  fieldIndex: z.number().int().nonnegative().optional().catch(undefined),
  text: z.string(),
  confidence: z.number().nullable().optional().catch(null),
  /** The word's box in the response's page coordinates. */
  poly: z.array(PointSchema).optional().catch(undefined),
  /** The response page's size, to map the box onto the page raster. */
  pageWidth: z.number().optional().catch(undefined),
  pageHeight: z.number().optional().catch(undefined),
  verdict: z.enum(VERDICTS).nullable().optional().catch(null),
  correction: z.string().nullable().optional().catch(null),
});
export type AuditItem = z.infer<typeof AuditItemSchema>;

export const EstimateSchema = z.looseObject({
  answered: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
  /** Word accuracy, right / answered; null before the first answer. */
  accuracy: z.number().nullable(),
  /** Wilson 95% interval. */
  ci95: z.tuple([z.number(), z.number()]).nullable(),
});
export type Estimate = z.infer<typeof EstimateSchema>;

export const AuditSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  size: z.number().int().nonnegative(),
  seed: z.number().int().optional().catch(undefined),
  items: z.array(AuditItemSchema),
  estimate: EstimateSchema,
});
export type Audit = z.infer<typeof AuditSchema>;
