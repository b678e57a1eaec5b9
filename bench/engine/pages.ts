import { renderTextPage } from '../../test/support/documents.ts';
import { sampleLines } from '../../test/support/sampleText.ts';

/**
 * An A4 page at 300 dpi of `lines` lines of Korean text (12 pt), the sample sentences in an order
 * that depends on `variant`, so the pages of a PDF differ.
 */
export function koreanPage(lines: number, variant = 0): Promise<Buffer> {
  return renderTextPage({ lines: koreanPageLines(lines, variant), lang: 'ko', dpi: 300 });
}

/** The text koreanPage draws, line by line. */
export function koreanPageLines(lines: number, variant = 0): string[] {
  const sample = sampleLines('ko');
  return Array.from({ length: lines }, (_, i) => sample[(i + variant) % sample.length]);
}
