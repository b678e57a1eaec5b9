import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument, doubtfulWords } from '../../model/index.ts';
import { canvasLabel } from './canvasLabel.ts';

const doc = buildDocument(
  JSON.parse(
    readFileSync(new URL('../../../test/fixtures/clova/receipt-kingmart.v2.json', import.meta.url), 'utf8'),
  ),
);

describe('canvasLabel', () => {
  it('counts the words and the doubtful ones', () => {
    const n = doc.pages[0].wordIds.length;
    const d = doubtfulWords(doc, 0.9).length;
    expect(canvasLabel(doc, 0, 1, 0.9)).toBe(`Page 1 of 1: ${n} words, ${d} below 90% confidence`);
  });

  it('says when there is no result', () => {
    expect(canvasLabel(null, 1, 3, 0.8)).toBe('Page 2 of 3, no OCR result');
  });
});
