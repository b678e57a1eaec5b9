export type * from './types.ts';
export { buildDocument } from './document/document.ts';
export type { BuildOptions } from './document/document.ts';
export { groupLines } from './lines/lines.ts';
export type { LineGrouping } from './lines/lines.ts';
export { groupParagraphs, PARAGRAPH_GAP } from './document/paragraphs.ts';
export {
  boundsOf,
  boundsContain,
  centroid,
  dominantTextDirection,
  pointInPolygon,
  polyArea,
  projectOnto,
  quadAround,
  textDirection,
  unionBounds,
} from './geometry/geometry.ts';
export {
  boxFrame,
  boxToWorld,
  centreOn,
  DEFAULT_SCALE_LIMITS,
  devicePerNatural,
  fitPage,
  fitView,
  fitWidth,
  naturalBoundsToWorld,
  naturalToWorld,
  panBy,
  rasterToWorld,
  rescaleView,
  toScreen,
  toWorld,
  visibleWorld,
  worldBoundsToNatural,
  worldToNatural,
  worldToRaster,
  zoomAt,
} from './geometry/coords.ts';
export type { AxisScale, BoxFrame, FitKind, ScaleLimits, Size, View } from './geometry/coords.ts';
export { confidenceBand, confidenceColor, DEFAULT_THRESHOLDS } from './confidence.ts';
export type { ConfidenceBand, Thresholds } from './confidence.ts';
export { SpatialIndex } from './geometry/spatial.ts';
export type { SpatialItem } from './geometry/spatial.ts';
export { confidenceHistogram, documentStats, pageStats } from './document/stats.ts';
export { documentText, pageText, PAGE_SEPARATOR } from './document/text.ts';
export { rowAndColumnCells, tableGrid } from './document/tables.ts';
export type { GridCell } from './document/tables.ts';
export { isClovaResponse } from './files/json.ts';
// Review workflow (issue #6): triage, search, compare, score, export, share.
export {
  documentConfidenceHistogram,
  doubtfulCountsPerPage,
  doubtfulWords,
  isDoubtful,
  nextDoubtful,
  pageConfidenceHistogram,
  readingOrder,
} from './review/triage.ts';
export { foldForSearch, normalizeForSearch } from './review/searchNormalize.ts';
export type { FoldedText } from './review/searchNormalize.ts';
export { buildSearchIndex, searchDocument, searchIndex } from './review/search.ts';
export type { SearchIndex, SearchMatch } from './review/search.ts';
export { editDistance, levenshtein } from './review/editDistance.ts';
export type { Alignment, EditOp, EditStep } from './review/editDistance.ts';
export {
  cer,
  cerUnits,
  charErrors,
  errorRate,
  normalizeText,
  sumCounts,
  wer,
  werUnits,
  wordErrors,
  wordsText,
} from './review/metrics.ts';
export type { ErrorCount } from './review/metrics.ts';
export { scoreDocument, scorePage, splitTruthPages } from './review/score.ts';
export type { DocumentScore, PageScore, ScoreTotals } from './review/score.ts';
export { iou, matchByOverlap } from './review/align.ts';
export type { OverlapMatch, OverlapPair } from './review/align.ts';
export { textSimilarity } from './review/similarity.ts';
export { compareDocuments, DEFAULT_CONFIDENCE_DELTA, DEFAULT_MIN_IOU, diffLookup } from './review/diff.ts';
export type {
  CompareCounts,
  CompareOptions,
  ComparePair,
  CompareResult,
  DiffKind,
  DiffLookup,
  PairKind,
} from './review/diff.ts';
export type { CellChange, TableCounts, TableDiff } from './review/tableDiff.ts';
export { documentPlainText } from './files/exportText.ts';
export type { PageBreak } from './files/exportText.ts';
export { csvField, tableCsvName, tableToCsv } from './files/exportCsv.ts';
export type { CsvOptions } from './files/exportCsv.ts';
export {
  DEFAULT_VIEW_STATE,
  fitViewStateToDocument,
  hasViewKeys,
  parseViewState,
  SELECTION_KINDS,
  serializeViewState,
  VIEW_KEYS,
  viewerPatchOf,
  viewStateOf,
  writeViewState,
} from './files/viewState.ts';
export type { FitMode, SelectionKind, ViewerState, ViewLayers, ViewState } from './files/viewState.ts';
export { sameTarget } from './document/target.ts';
export type { Target, TargetKind } from './document/target.ts';
export { base64ToBytes, bytesToBase64 } from './files/base64.ts';
export {
  makeSession,
  parseSession,
  SESSION_KIND,
  SESSION_VERSION,
  SessionFileSchema,
} from './files/session.ts';
export type {
  Session,
  SessionDocument,
  SessionFile,
  SessionResult,
  SessionRun,
  SessionRunOptions,
} from './files/session.ts';

// Quality report (issue 16): the JSON GET /api/projects/:id/report answers, for the app's report view.
export type {
  Calibration,
  Interval,
  LanguageSplit,
  Report,
  ReportDocument,
  SetAgreement,
  SetDiff,
  SetReport,
  ThresholdProposal,
} from './report/types.ts';
export type { CalibrationBin, SweepPoint } from './report/calibration.ts';
export type { Confusion, EditLocation } from './report/confusions.ts';
export type { ConfidenceSummary } from './report/noTruth.ts';
export { proposeThreshold } from './report/calibration.ts';
