import type { Point } from '../../types.ts';

/** One file of an export: its name (inside the .zip when there are several) and contents. */
export interface ExportFile {
  name: string;
  data: string;
}

/**
 * An image region another step must cut out of a page (PaddleOCR recognition crops, tesstrain
 * line images): pixels are not the model's business, so exports name the crop and say where it is.
 */
export interface CropSpec {
  /** The file name the crop is to be written to. */
  name: string;
  page: number;
  /** The region's quad, v0 at the text's top-left (for a perspective crop of rotated text). */
  quad: Point[];
  /** Its axis-aligned rectangle in whole pixels, clamped to the page. */
  rect: { x: number; y: number; width: number; height: number };
}

export interface ExportResult {
  files: ExportFile[];
  crops: CropSpec[];
}

export interface ExportOptions {
  /** The document's name without extension: the stem of every file name. */
  baseName: string;
  /** The page image file names by page index; default `<baseName>_p<n>.png` (n from 1). */
  imageNames?: (string | undefined)[];
  /**
   * Training sets (ppocr recognition crops, tesstrain lines) only from words a person reviewed:
   * a line counts when all its words were. Detection labels (Label.txt) always list every word.
   */
  reviewedOnly?: boolean;
  /** ISO time the export is made (PAGE's Created/LastChange); default the epoch, for reproducibility. */
  now?: string;
}

export const imageName = (opts: ExportOptions, page: number): string =>
  opts.imageNames?.[page] ?? `${opts.baseName}_p${page + 1}.png`;

/** Lone surrogates (no encoder writes them) as U+FFFD, and any whitespace run as one space. */
export const oneLine = (s: string): string =>
  s
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    // Controls too: a label line must not be cut or garbled by them.
    // eslint-disable-next-line no-control-regex
    .replace(/[\s\x00-\x1F\x7F]+/gu, ' ')
    .trim();

/** The stem of a file name: "scan_p1.png" → "scan_p1". */
export const stem = (name: string): string => name.replace(/\.[^./\\]*$/, '');
