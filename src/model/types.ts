/**
 * The document model the viewer works on: a CLOVA response turned into pages, words, lines,
 * paragraphs and tables. Built once per response by `buildDocument` (document.ts); everything
 * else (stats, text, filters, colours) is derived from it by pure functions.
 *
 * Coordinates are always in *response space*: the pixel space of the image CLOVA saw
 * (`convertedImageInfo` width/height when present, else the source image's pixels). Mapping to
 * the displayed page and the screen is the job of coords.ts alone.
 */

export interface Point {
  x: number;
  y: number;
}

/** Axis-aligned bounds, used for spatial indexing and layout; drawing always uses the polygon. */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** How a page's response-space size was determined. */
export type PageSizeSource = 'convertedImageInfo' | 'document' | 'extent';

/** How lines were formed: from CLOVA's `lineBreak` flags, or from geometry when they are absent. */
export type LineSource = 'lineBreak' | 'geometry';

export interface PageModel {
  /** 0-based page index in the document (convertedImageInfo.pageIndex, else the images[] position). */
  index: number;
  /** Index of the entry in response.images[] that this page came from. */
  imageIndex: number;
  /** Size of response space for this page. */
  width: number;
  height: number;
  sizeSource: PageSizeSource;
  inferResult: string;
  message: string;
  /** Ids (indexes into DocumentModel.words etc.) belonging to this page, in reading order. */
  wordIds: number[];
  lineIds: number[];
  paragraphIds: number[];
  tableIds: number[];
  lineSource: LineSource;
}

export interface WordModel {
  id: number;
  pageIndex: number;
  /** Index of the field in response.images[imageIndex].fields. */
  fieldIndex: number;
  text: string;
  /** 0..1; NaN-safe (clamped) at build time. */
  confidence: number;
  /** The boundingPoly vertices as given (normally 4, clockwise, v0 = text's top-left). */
  poly: Point[];
  bounds: Bounds;
  type?: string;
  lineBreak?: boolean;
  lineId: number;
  paragraphId: number;
}

export interface LineModel {
  id: number;
  pageIndex: number;
  wordIds: number[];
  bounds: Bounds;
  /** Outline drawn around the line's words (a quad following the words' orientation). */
  poly: Point[];
  text: string;
  confidence: number;
  paragraphId: number;
}

export interface ParagraphModel {
  id: number;
  pageIndex: number;
  lineIds: number[];
  bounds: Bounds;
  poly: Point[];
  text: string;
}

export interface CellWordModel {
  text: string;
  confidence: number;
  poly: Point[];
}

export interface CellLineModel {
  text: string;
  confidence: number;
  poly: Point[];
  words: CellWordModel[];
}

export interface CellModel {
  id: number;
  tableId: number;
  pageIndex: number;
  rowIndex: number;
  columnIndex: number;
  rowSpan: number;
  columnSpan: number;
  poly: Point[];
  bounds: Bounds;
  confidence: number;
  /** Cell text: its lines joined with "\n". Empty for empty cells. */
  text: string;
  lines: CellLineModel[];
}

export interface TableModel {
  id: number;
  pageIndex: number;
  /** Index in response.images[imageIndex].tables. */
  tableIndex: number;
  poly: Point[];
  bounds: Bounds;
  confidence: number;
  rowCount: number;
  columnCount: number;
  /** Cell ids in the order CLOVA listed them (column-major in real responses). */
  cellIds: number[];
}

export interface DocumentModel {
  version: string;
  pages: PageModel[];
  words: WordModel[];
  lines: LineModel[];
  paragraphs: ParagraphModel[];
  tables: TableModel[];
  cells: CellModel[];
  /** Problems found while building (dropped fields, bad numbers...). Shown, never thrown. */
  warnings: string[];
}

export interface DocumentStats {
  pages: number;
  words: number;
  lines: number;
  paragraphs: number;
  tables: number;
  cells: number;
  /** Mean word confidence, 0..1; 0 when there are no words. */
  meanConfidence: number;
}
