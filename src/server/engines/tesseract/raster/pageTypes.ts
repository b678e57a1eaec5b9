/** A page image ready for OCR: a file tesseract reads, and the pixel size coordinates refer to. */
export interface RenderedPage {
  path: string;
  width: number;
  height: number;
  /** Known resolution (PDF pages), passed to tesseract so it need not guess. */
  dpi?: number;
}

/** One page of the input; `render` does the (possibly slow) conversion and runs inside the work queue. */
export interface PageJob {
  pageIndex: number;
  render(signal: AbortSignal): Promise<RenderedPage>;
}

export type RasterErrorKind = 'too-many-pages' | 'unreadable';

/** An input the relay must refuse (CLOVA answers these with 400). */
export class RasterError extends Error {
  constructor(
    readonly kind: RasterErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'RasterError';
  }
}
