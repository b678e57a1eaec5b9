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
  DEFAULT_SCALE_LIMITS,
  fitPage,
  fitWidth,
  panBy,
  rasterToWorld,
  toScreen,
  toWorld,
  zoomAt,
} from './coords.ts';
export type { ScaleLimits, View } from './coords.ts';
export { confidenceBand, confidenceColor, DEFAULT_THRESHOLDS } from './confidence.ts';
export type { ConfidenceBand, Thresholds } from './confidence.ts';
export { SpatialIndex } from './spatial.ts';
export type { SpatialItem } from './spatial.ts';
export { confidenceHistogram, documentStats, pageStats } from './stats.ts';
export { documentText, pageText, PAGE_SEPARATOR } from './text.ts';
export { rowAndColumnCells, tableGrid } from './tables.ts';
export type { GridCell } from './tables.ts';
export { isClovaResponse } from './json.ts';
