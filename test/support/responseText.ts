import type { OcrResponse } from '../../src/clova/index.ts';

/**
 * The text of a CLOVA response as readers join it: fields separated by a space, a newline after
 * each `lineBreak`, pages separated by a blank line.
 */
export function responseText(res: OcrResponse): string {
  return res.images
    .map((img) =>
      (img.fields ?? [])
        .map((f) => f.inferText + (f.lineBreak ? '\n' : ' '))
        .join('')
        .trim(),
    )
    .join('\n\n');
}

/** Field texts of every page, in order. */
export function fieldTexts(res: OcrResponse): string[][] {
  return res.images.map((img) => (img.fields ?? []).map((f) => f.inferText));
}
