import { z } from '../../clova/zod.ts';
import { StoredOptionsSchema } from '../projects/schemas.ts';

/**
 * The quality report's JSON (issue 16 §9), checked at the edge. The contract's fields are
 * required; what the relay may add beside them (names, worst pages, per-language figures, the
 * no-ground-truth statistics) is optional, so an older or newer relay still gives a report.
 * A figure the relay cannot compute (no ground truth) comes as null.
 */

const num = z.number();
const maybeNum = z.number().nullable().optional().catch(null);
const interval = z.tuple([num, num]).nullable().optional().catch(null);

export const DocumentFigureSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional().catch(undefined),
  cer: num.nullable(),
  wer: num.nullable(),
  /** 0-based page with the most character errors. */
  worstPage: z.number().int().nonnegative().optional().catch(undefined),
  lang: z.string().optional().catch(undefined),
  /** Ground-truth characters and character edits, so figures pool (CER = errors / chars). */
  chars: z.number().optional().catch(undefined),
  charErrors: z.number().optional().catch(undefined),
  /** Words and share below the triage threshold, for a set without ground truth. */
  words: z.number().optional().catch(undefined),
  meanConfidence: maybeNum,
  doubtfulShare: maybeNum,
});
export type DocumentFigure = z.infer<typeof DocumentFigureSchema>;

/** One reliability bin: mean confidence of its words against the share of them right. */
export const BinSchema = z
  .looseObject({
    lo: z.number().optional(),
    hi: z.number().optional(),
    count: z.number().catch(0),
    confidence: z.number().nullable().optional(),
    meanConfidence: z.number().nullable().optional(),
    accuracy: z.number().nullable().optional(),
    shareRight: z.number().nullable().optional(),
  })
  .transform((b) => ({
    lo: b.lo ?? null,
    hi: b.hi ?? null,
    count: b.count,
    confidence: b.meanConfidence ?? b.confidence ?? null,
    accuracy: b.shareRight ?? b.accuracy ?? null,
  }));
export type Bin = z.infer<typeof BinSchema>;

export const CalibrationSchema = z.looseObject({
  bins: z.array(BinSchema),
  ece: num.nullable(),
  auroc: num.nullable(),
});

export const SweepPointSchema = z.object({ threshold: num, reviewShare: num, errorCatch: num.nullable() });
export type SweepPoint = z.infer<typeof SweepPointSchema>;

/** Where a confusion happened: a word of a page of a document (fieldIndex: its place in the page's fields). */
export const ExampleSchema = z.looseObject({
  documentId: z.string(),
  page: z.number().int().nonnegative().catch(0),
  fieldIndex: z.number().int().nonnegative().optional().catch(undefined),
  text: z.string().optional().catch(undefined),
  truth: z.string().optional().catch(undefined),
});
export type Example = z.infer<typeof ExampleSchema>;

export const ConfusionSchema = z.looseObject({
  kind: z.enum(['substitution', 'insertion', 'deletion']).catch('substitution'),
  /** The ground truth's characters ('' for an insertion). */
  from: z.string().catch(''),
  /** The OCR's characters ('' for a deletion). */
  to: z.string().catch(''),
  count: z.number().int().nonnegative(),
  examples: z.array(ExampleSchema).optional().catch(undefined),
});
export type Confusion = z.infer<typeof ConfusionSchema>;

/** Confidence histogram (ten bins of 0.1), for sets with or without ground truth. */
const HistogramSchema = z.array(z.looseObject({ lo: num, hi: num, count: num }));

export const SetReportSchema = z.looseObject({
  key: z.string(),
  options: StoredOptionsSchema.nullable().optional().catch(null),
  cer: num.nullable(),
  wer: num.nullable(),
  cerCi95: interval,
  werCi95: interval,
  documents: z.array(DocumentFigureSchema),
  calibration: CalibrationSchema.nullable().catch(null),
  sweep: z.array(SweepPointSchema).catch([]),
  confusions: z.array(ConfusionSchema).catch([]),
  /** Documents with ground truth among those with a run of this set. */
  withTruth: z.number().optional().catch(undefined),
  confidenceHistogram: HistogramSchema.optional().catch(undefined),
  doubtfulShare: maybeNum,
  /** Per language where the documents differ: CER of this set on that language's documents. */
  languages: z
    .array(z.looseObject({ lang: z.string(), documents: num, cer: num.nullable(), cerCi95: interval }))
    .optional()
    .catch(undefined),
});
export type SetReport = z.infer<typeof SetReportSchema>;

/** Set B against set A: B's CER minus A's, with its 95% interval (paired bootstrap over documents). */
export const DifferenceSchema = z.looseObject({
  a: z.string(),
  b: z.string(),
  cerDelta: num,
  cerDeltaCi95: z.tuple([num, num]),
});
export type Difference = z.infer<typeof DifferenceSchema>;

export const ReportSchema = z.looseObject({
  sets: z.array(SetReportSchema),
  differences: z.array(DifferenceSchema).optional().catch(undefined),
  /** Agreement between two sets (share of identical aligned words): works without ground truth. */
  agreement: z
    .array(z.looseObject({ a: z.string(), b: z.string(), share: num, words: num.optional() }))
    .optional()
    .catch(undefined),
  /** The triage threshold the doubtful shares were counted below. */
  doubtfulBelow: z.number().optional().catch(undefined),
});
export type Report = z.infer<typeof ReportSchema>;
