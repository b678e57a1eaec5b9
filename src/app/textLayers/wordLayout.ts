import { boxFrame } from '../../model/geometry/coords.ts';
import { boundsOf } from '../../model/geometry/geometry.ts';
import type { BoxFrame, DocumentModel, Point } from '../../model/index.ts';
import { charsOf, fitText } from '../../model/textLayer/fitText.ts';
import type { TextFit } from '../../model/textLayer/fitText.ts';
import { isJapanese, textEmCached } from './charWidths.ts';

/** One word as the text layer sets it: its box frame, its text, and how it fits. */
export interface SetWord {
  frame: BoxFrame;
  text: string;
  /** Its characters, for vertical text (set one per cell); empty otherwise. */
  chars: string[];
  fit: TextFit;
  /** The text's advance at its fitted size, squeeze included (world units). */
  advance: number;

  /** Its box's bounds in world space, to skip words outside the region being painted. */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Set in the Japanese face (the text has kana). */
  japanese: boolean;
  /** Below the doubt threshold: set in the doubtful colour. */
  doubtful: boolean;
}

export interface PageLayout {
  words: SetWord[];
  /** The frames of the page's lines: one bar each stands for the text when no word is legible. */
  lines: BoxFrame[];
}

type Scale = { sx: number; sy: number };
const scaled = (poly: readonly Point[], k: Scale): readonly Point[] =>
  k.sx === 1 && k.sy === 1 ? poly : poly.map((p) => ({ x: p.x * k.sx, y: p.y * k.sy }));

/**
 * The words of a page laid out once (per page and text source), not once per draw. `toPage`
 * scales the source's coordinates to the page shown (a ground truth matched from a run whose
 * page had another size).
 */
export function layoutPage(
  doc: DocumentModel,
  pageIndex: number,
  doubtBelow: number,
  toPage: Scale = { sx: 1, sy: 1 },
): PageLayout {
  const page = doc.pages.find((p) => p.index === pageIndex);
  if (!page) return { words: [], lines: [] };
  const out: SetWord[] = [];
  for (const id of page.wordIds) {
    const w = doc.words[id];
    const text = w.text.trim();
    if (text === '') continue;
    const poly = scaled(w.poly, toPage);
    const frame = boxFrame(poly);
    const em = textEmCached(text);
    const fit = fitText(text, frame.width, frame.height, em);
    if (fit.size <= 0) continue;
    out.push({
      frame,
      ...boundsOf(poly),
      text,
      chars: fit.mode === 'vertical' ? charsOf(text) : [],
      fit,
      advance: em * fit.size * fit.scaleX,
      japanese: isJapanese(text),
      doubtful: w.confidence < doubtBelow,
    });
  }
  const lines = page.lineIds.map((id) => boxFrame(scaled(doc.lines[id].poly, toPage)));
  return { words: out, lines };
}
