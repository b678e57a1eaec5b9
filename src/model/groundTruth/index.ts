/**
 * The ground-truth layer (issue 15), pure: the store shape and its zod edges, review operations
 * with conflicts, undo/redo and progress, re-run matching, text for scoring, and exports.
 */
export type {
  ApplyResult,
  Change,
  ChangeError,
  ChangeLogEntry,
  ChangeOp,
  GroundTruth,
  GtField,
  GtImage,
  PageProgress,
  ReviewProgress,
  ReviewState,
} from './types.ts';
export { REVIEW_STATES } from './types.ts';
export {
  ChangeRequestSchema,
  ChangeSchema,
  FIELD_ID_PATTERN,
  GroundTruthSchema,
  GtFieldSchema,
  ReviewStateSchema,
} from './schema.ts';
export type { ChangeRequest } from './schema.ts';
export { fromRun, runFieldId } from './fromRun.ts';
export { applyChanges } from './applyChanges.ts';
export { inverseChanges } from './inverse.ts';
export { reviewProgress } from './progress.ts';
export { matchToRun } from './matchToRun.ts';
export type { RerunReport, RerunResult } from './matchToRun.ts';
export { MATCH_MIN_IOU } from './matchGroups.ts';
export { liveFields } from './live.ts';
export { fieldOf, liveView } from './liveView.ts';
export type { LiveView } from './liveView.ts';
export {
  expectedPerPage,
  groundTruthPages,
  groundTruthText,
  normalizeTruthText,
  truthTextPages,
} from './text.ts';
export { acceptRestOfPage, proofreadingOrder, viewOf } from './walk.ts';
export type { ProofOrder } from './walk.ts';
export * from './export/index.ts';
