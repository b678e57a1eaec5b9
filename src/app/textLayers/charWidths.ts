import { textEm } from '../../model/textLayer/fitText.ts';

/**
 * Character advances of the text layer's font, measured once per character with the canvas's
 * own measureText and kept: fitting 20,000 words asks for a few hundred distinct characters.
 */
export const TEXT_FONT_FAMILY =
  '"Noto Sans CJK KR", "Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans", "Segoe UI", sans-serif';
/** The size text is set at before each word's transform scales it (px). */
export const REF_SIZE = 100;
export const REF_FONT = `${REF_SIZE}px ${TEXT_FONT_FAMILY}`;
/** Japanese text (it has kana) takes the Japanese face first, so its Han characters get Japanese shapes. */
export const REF_FONT_JA = `${REF_SIZE}px "Noto Sans CJK JP", ${TEXT_FONT_FAMILY}`;
const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/u;
export const isJapanese = (text: string): boolean => KANA.test(text);

const widths = new Map<string, number>();
let ctx: CanvasRenderingContext2D | null = null;

/** A character's advance in em. */
export function charEm(ch: string): number {
  let w = widths.get(ch);
  if (w === undefined) {
    ctx ??= document.createElement('canvas').getContext('2d');
    if (!ctx) return 0.6;
    ctx.font = REF_FONT;
    w = ctx.measureText(ch).width / REF_SIZE;
    widths.set(ch, w);
  }
  return w;
}

const texts = new Map<string, number>();
/** Past this many distinct texts the cache starts over (a long session of many documents). */
const TEXT_CACHE_MAX = 200_000;

/** A text's advance in em at size 1: per text, from the per-character widths (kerning ignored). */
export function textEmCached(text: string): number {
  let em = texts.get(text);
  if (em === undefined) {
    if (texts.size >= TEXT_CACHE_MAX) texts.clear();
    em = textEm(text, charEm);
    texts.set(text, em);
  }
  return em;
}
