import { z } from '../../../clova/zod.ts';

/** A sampling audit (issue 16 §5) as the relay gives it: its progress and estimate, and its words. */

export const ANSWERS = ['right', 'wrong', 'corrected'] as const;
export type Answer = (typeof ANSWERS)[number];

export const AuditSchema = z.object({
  id: z.string(),
  key: z.string(),
  size: z.number().int().nonnegative(),
  seed: z.number().int(),
  /** Words the sample was drawn from. */
  population: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
  /** Word accuracy, right / answered; null before the first answer. */
  accuracy: z.number().nullable(),
  /** Wilson 95% interval. */
  ci95: z.tuple([z.number(), z.number()]).nullable(),
});
export type Audit = z.infer<typeof AuditSchema>;
export const AuditListSchema = z.array(AuditSchema);

export const AuditItemSchema = z.object({
  /** Its place in the sample (the order the reviewer walks). */
  n: z.number().int().nonnegative(),
  documentId: z.string(),
  runId: z.string(),
  /** 0-based page. */
  page: z.number().int().nonnegative(),
  /** The word's index among the page's fields. */
  field: z.number().int().nonnegative(),
  text: z.string(),
  confidence: z.number().nullable(),
  /** The word's box in the response's page coordinates. */
  box: z.object({ minX: z.number(), minY: z.number(), maxX: z.number(), maxY: z.number() }).nullable(),
  answer: z.enum(ANSWERS).nullable(),
  correction: z.string().nullable(),
});
export type AuditItem = z.infer<typeof AuditItemSchema>;
export const AuditItemsSchema = z.array(AuditItemSchema);

/** What became of a correction in the document's ground truth (null for right and wrong). */
export const TRUTH_OUTCOMES = [
  'edited',
  'no-ground-truth',
  'no-matching-word',
  'conflict',
  'invalid',
] as const;
export type TruthOutcome = (typeof TRUTH_OUTCOMES)[number];

export const AnsweredSchema = z.object({
  item: AuditItemSchema,
  groundTruth: z.enum(TRUTH_OUTCOMES).nullable().catch(null),
  progress: AuditSchema,
});
