export type * from './types.ts';
export { buildDocument } from './document.ts';
export type { BuildOptions } from './document.ts';
export { groupLines } from './lines.ts';
export type { LineGrouping } from './lines.ts';
export { groupParagraphs, PARAGRAPH_GAP } from './paragraphs.ts';
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
} from './geometry.ts';
export {
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
} from './coords.ts';
export type { AxisScale, FitKind, ScaleLimits, Size, View } from './coords.ts';
export { confidenceBand, confidenceColor, DEFAULT_THRESHOLDS } from './confidence.ts';
export type { ConfidenceBand, Thresholds } from './confidence.ts';
export { SpatialIndex } from './spatial.ts';
export type { SpatialItem } from './spatial.ts';
export { confidenceHistogram, documentStats, pageStats } from './stats.ts';
export { documentText, pageText, PAGE_SEPARATOR } from './text.ts';
export { rowAndColumnCells, tableGrid } from './tables.ts';
export type { GridCell } from './tables.ts';
export { isClovaResponse } from './json.ts';
// Review workflow (issue #6): triage, search, compare, score, export, share.
export {
  documentConfidenceHistogram,
  doubtfulCountsPerPage,
  doubtfulWords,
  isDoubtful,
  nextDoubtful,
  pageConfidenceHistogram,
  readingOrder,
} from './triage.ts';
export { foldForSearch, normalizeForSearch } from './searchNormalize.ts';
export type { FoldedText } from './searchNormalize.ts';
export { buildSearchIndex, searchDocument, searchIndex } from './search.ts';
export type { SearchIndex, SearchMatch } from './search.ts';
export { editDistance, levenshtein } from './editDistance.ts';
export type { Alignment, EditOp, EditStep } from './editDistance.ts';
export { cer, cerUnits, charErrors, errorRate, wer, werUnits, wordErrors } from './metrics.ts';
export type { ErrorCount } from './metrics.ts';
export { scoreDocument, scorePage, splitTruthPages } from './score.ts';
export type { DocumentScore, PageScore, ScoreTotals } from './score.ts';
export { iou, matchByOverlap } from './align.ts';
export type { OverlapMatch, OverlapPair } from './align.ts';
export { textSimilarity } from './similarity.ts';
export { compareDocuments, DEFAULT_CONFIDENCE_DELTA, DEFAULT_MIN_IOU, diffLookup } from './diff.ts';
export type {
  CompareCounts,
  CompareOptions,
  ComparePair,
  CompareResult,
  DiffKind,
  DiffLookup,
  PairKind,
} from './diff.ts';
export type { CellChange, TableCounts, TableDiff } from './tableDiff.ts';
export { documentPlainText } from './exportText.ts';
export type { PageBreak } from './exportText.ts';
export { csvField, tableCsvName, tableToCsv } from './exportCsv.ts';
export type { CsvOptions } from './exportCsv.ts';
export {
  DEFAULT_VIEW_STATE,
  fitViewStateToDocument,
  parseViewState,
  SELECTION_KINDS,
  serializeViewState,
  VIEW_KEYS,
  writeViewState,
} from './viewState.ts';
export type { SelectionKind, ViewLayers, ViewState } from './viewState.ts';
export { base64ToBytes, bytesToBase64 } from './base64.ts';
export { makeSession, parseSession, SESSION_KIND, SESSION_VERSION, SessionFileSchema } from './session.ts';
export type {
  Session,
  SessionDocument,
  SessionFile,
  SessionResult,
  SessionRun,
  SessionRunOptions,
} from './session.ts';
