import { renderTextPage } from '../../test/support/documents.ts';
import { sampleLines } from '../../test/support/sampleText.ts';

/**
 * An A4 page at 300 dpi of `lines` lines of Korean text (12 pt), the sample sentences in an order
 * that depends on `variant`, so the pages of a PDF differ.
 */
export function koreanPage(lines: number, variant = 0): Promise<Buffer> {
  const sample = sampleLines('ko');
  const text = Array.from({ length: lines }, (_, i) => sample[(i + variant) % sample.length]);
  return renderTextPage({ lines: text, lang: 'ko', dpi: 300 });
}
