import { boxFrame } from '../../model/index.ts';
import type { BoxFrame, DocumentModel } from '../../model/index.ts';
import { charsOf, fitText, textEm } from '../../model/textLayer/fitText.ts';
import type { TextFit } from '../../model/textLayer/fitText.ts';
import { charEm } from './charWidths.ts';

/** One word as the text layer sets it: its box frame, its text, and how it fits. */
export interface SetWord {
  frame: BoxFrame;
  text: string;
  chars: string[];
  fit: TextFit;
  /** The text's advance at its fitted size, squeeze included (world units). */
  advance: number;

  /** Below the doubt threshold: set in the doubtful colour. */
  doubtful: boolean;
}

/**
 * The words of a page laid out once (per page and text source), not once per draw. `toPage`
 * scales the source's coordinates to the page shown (a ground truth matched from a run whose
 * page had another size).
 */
export function layoutWords(
  doc: DocumentModel,
  pageIndex: number,
  doubtBelow: number,
  toPage: { sx: number; sy: number } = { sx: 1, sy: 1 },
): SetWord[] {
  const page = doc.pages.find((p) => p.index === pageIndex);
  if (!page) return [];
  const out: SetWord[] = [];
  for (const id of page.wordIds) {
    const w = doc.words[id];
    const text = w.text.trim();
    if (text === '') continue;
    const poly =
      toPage.sx === 1 && toPage.sy === 1
        ? w.poly
        : w.poly.map((p) => ({ x: p.x * toPage.sx, y: p.y * toPage.sy }));
    const frame = boxFrame(poly);
    const em = textEm(text, charEm);
    const fit = fitText(text, frame.width, frame.height, em);
    if (fit.size <= 0) continue;
    out.push({
      frame,
      text,
      chars: charsOf(text),
      fit,
      advance: em * fit.size * fit.scaleX,
      doubtful: w.confidence < doubtBelow,
    });
  }
  return out;
}
