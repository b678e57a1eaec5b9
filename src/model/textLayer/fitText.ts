/**
 * Fitting a word's text into its box for the text-in-place layer (issue 15 §5): a font size and
 * a horizontal squeeze in the box's own frame (coords.boxFrame), so the text fills the box the way
 * the printed word did. Tall boxes of CJK text are set vertically, one character under the other;
 * tall boxes of other text are turned a quarter (a word printed up a spine or a margin).
 */

export type TextMode = 'horizontal' | 'vertical' | 'rotated';

export interface TextFit {
  mode: TextMode;
  /** Font size in the box frame's units (world units): 0 = nothing to draw. */
  size: number;
  /** Squeeze along the text (≤ 1) so a long word stays inside its box. */
  scaleX: number;
}

/** Share of the box height a line of text takes (ascenders to descenders of a printed word). */
export const FILL = 0.8;
/** Share of the box width the text may take (a little air at both ends). */
const ROOM = 0.96;
/** Below this squeeze, text gets smaller instead: squeezed further it stops being legible. */
export const MIN_SCALE_X = 0.6;
/** A box this much taller than wide is read as text running down it. */
const TALL = 1.3;

const CJK =
  /[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff\u3130-\u318f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/** Whether a character is set upright in vertical text (Han, kana, hangul, full-width forms). */
export const isCjkChar = (ch: string): boolean => CJK.test(ch);

/** The code points of a text (a surrogate pair is one character). */
export const charsOf = (text: string): string[] => Array.from(text);

/** How many code points a text has, without making an array of them (this runs per word). */
function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) i++;
    n++;
  }
  return n;
}

/**
 * A text's advance in em (its width at a font size of 1), from the width of each character:
 * kerning is ignored, which is what lets widths be measured once per character and cached.
 */
export function textEm(text: string, charEm: (ch: string) => number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em;
}

function along(em: number, length: number, across: number): { size: number; scaleX: number } {
  let size = across * FILL;
  const natural = em * size;
  let scaleX = natural > length * ROOM ? (length * ROOM) / natural : 1;
  if (scaleX < MIN_SCALE_X) {
    size *= scaleX / MIN_SCALE_X;
    scaleX = MIN_SCALE_X;
  }
  return { size, scaleX };
}

/**
 * How to set `text` in a box of `width` (along v0→v1) × `height` (v0→v3). `em` is the text's
 * advance at size 1 (textEm). The mode with the larger legible size wins for tall boxes.
 */
export function fitText(text: string, width: number, height: number, em: number): TextFit {
  const n = countChars(text.trim());
  if (n === 0 || !(width > 0) || !(height > 0) || !(em > 0))
    return { mode: 'horizontal', size: 0, scaleX: 1 };
  const flat = along(em, width, height);
  const best: TextFit = { mode: 'horizontal', ...flat };
  if (n < 2 || height < width * TALL) return best;
  const cjk = charsOf(text).filter(isCjkChar).length * 2 >= n;
  if (cjk) {
    // One character per cell down the box, upright; the cell is as wide as the box.
    const size = Math.min(width * FILL, (height * ROOM) / n);
    return size > flat.size * flat.scaleX ? { mode: 'vertical', size, scaleX: 1 } : best;
  }
  const turned = along(em, height, width);
  return turned.size * turned.scaleX > flat.size * flat.scaleX ? { mode: 'rotated', ...turned } : best;
}
