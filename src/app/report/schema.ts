import { z } from '../../clova/zod.ts';

/**
 * The quality report's JSON (issue 16 §9; src/model/report/types.ts is the relay's side), checked
 * at the edge. Rates are fractions; null where there is nothing to measure (no ground truth, no
 * done run). Fields the view does not read are dropped, so the types hold only what is checked.
 */

const num = z.number();
const interval = z.tuple([num, num]).nullable();

export const DocumentFigureSchema = z.object({
  id: z.string(),
  name: z.string(),
  cer: num.nullable(),
  wer: num.nullable(),
  /** 0-based page with the highest CER: where the viewer link opens. */
  worstPage: z.number().int().nonnegative().nullable(),
  lang: z.string().nullable(),
  hasGroundTruth: z.boolean(),
  meanConfidence: num.nullable(),
  doubtfulShare: num.nullable(),
});
export type DocumentFigure = z.infer<typeof DocumentFigureSchema>;

/** One reliability bin: mean confidence of its words against the share of them right. */
export const BinSchema = z.object({
  lo: num,
  hi: num,
  count: num,
  meanConfidence: num.nullable(),
  accuracy: num.nullable(),
});
export type Bin = z.infer<typeof BinSchema>;

export const SweepPointSchema = z.object({ threshold: num, reviewShare: num, errorCatch: num });
export type SweepPoint = z.infer<typeof SweepPointSchema>;

/** Where a confusion happened: a word (its field index in the page) of a page of a document. */
export const ExampleSchema = z.object({
  documentId: z.string(),
  page: z.number().int().nonnegative(),
  field: z.number().int().nonnegative().nullable(),
});
export type Example = z.infer<typeof ExampleSchema>;

export const ConfusionSchema = z.object({
  op: z.enum(['sub', 'ins', 'del']),
  /** The ground truth's character ('' for an insertion). */
  expected: z.string(),
  /** The OCR's character ('' for a deletion). */
  actual: z.string(),
  count: num,
  examples: z.array(ExampleSchema),
});
export type Confusion = z.infer<typeof ConfusionSchema>;

export const SetReportSchema = z.object({
  key: z.string(),
  /** Documents with ground truth and a done run of this set: what CER and WER are over. */
  documentsScored: num,
  documentsWithRun: num,
  cer: num.nullable(),
  wer: num.nullable(),
  cerCi95: interval,
  werCi95: interval,
  documents: z.array(DocumentFigureSchema),
  calibration: z.object({
    bins: z.array(BinSchema),
    ece: num.nullable(),
    auroc: num.nullable(),
    words: num,
    wrongWords: num,
  }),
  sweep: z.array(SweepPointSchema),
  confusions: z.array(ConfusionSchema),
  /** Per script of the ground truth, when the scored documents are in more than one. */
  languages: z.array(z.object({ lang: z.string(), documents: num, cer: num.nullable(), cerCi95: interval })),
  /** What the OCR says of itself, with or without ground truth. */
  noGroundTruth: z.object({
    words: num,
    pages: num,
    mean: num.nullable(),
    /** Word counts in ten equal bins of confidence. */
    histogram: z.array(num),
    threshold: num,
    doubtfulShare: num.nullable(),
    doubtfulPerPage: num.nullable(),
  }),
});
export type SetReport = z.infer<typeof SetReportSchema>;

/** Set b against set a on the documents both read: CER(b) − CER(a), paired bootstrap interval. */
export const DiffSchema = z.object({
  a: z.string(),
  b: z.string(),
  documents: num,
  cerDiff: num.nullable(),
  cerDiffCi95: interval,
  /** The set with the lower CER when the interval excludes 0, else null. */
  better: z.string().nullable(),
});
export type Diff = z.infer<typeof DiffSchema>;

export const AgreementSchema = z.object({
  a: z.string(),
  b: z.string(),
  aligned: num,
  identical: num,
  /** Words of either set with no partner in the other. */
  unpaired: num,
  share: num.nullable(),
});

export const ReportSchema = z.object({
  documents: num,
  groundTruthDocuments: num,
  sets: z.array(SetReportSchema),
  diffs: z.array(DiffSchema),
  agreement: z.array(AgreementSchema),
});
export type Report = z.infer<typeof ReportSchema>;
