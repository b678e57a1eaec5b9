import { toScreen } from '../../model/geometry/coords.ts';
import type { View } from '../../model/geometry/coords.ts';
import type { Point } from '../../model/index.ts';

/** Where the in-place editor goes: centred on the word's box, along its baseline, upright. */
export interface EditorBox {
  /** Centre, in screen (stage) pixels. */
  cx: number;
  cy: number;
  width: number;
  height: number;
  /** Degrees, in (-90, 90]: a box turned upside down gets an upright editor. */
  angle: number;
  fontSize: number;
  /**
   * Japanese or Chinese set top to bottom (a tall box, or a line turned a quarter): the editor
   * stands upright and writes vertically, `width` its thickness and `height` its length, so the
   * characters stay upright as on the page, not lying on their side.
   */
  vertical: boolean;
}

const dist = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

const WIDE = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/g;
/** Japanese and Chinese characters (kana, Han, full-width forms): the scripts written in columns. */
const COLUMN = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/g;

/** Rough width of `text` in ems: CJK characters are square, others about half as wide. */
export function textEms(text: string): number {
  const wide = text.match(WIDE)?.length ?? 0;
  return wide + (Array.from(text).length - wide) * 0.6;
}

export function editorBox(poly: readonly Point[], view: View, text: string): EditorBox {
  const s = poly.map((p) => toScreen(view, p));
  const [p0, p1, , p3] = s.length >= 4 ? s : [s[0], s[1] ?? s[0], s[0], s[0]];
  const cx = s.reduce((n, p) => n + p.x, 0) / s.length;
  const cy = s.reduce((n, p) => n + p.y, 0) / s.length;
  let angle = (Math.atan2(p1.y - p0.y, p1.x - p0.x) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  else if (angle <= -90) angle += 180;
  const along = dist(p0, p1);
  const across = dist(p0, p3);
  const chars = Array.from(text).length;
  const cjk = chars > 0 && (text.match(COLUMN)?.length ?? 0) >= chars * 0.8;
  const quarter = Math.abs(Math.abs(angle) - 90) < 10;
  if (cjk && (quarter || (Math.abs(angle) < 10 && across > along * 1.5))) {
    // On screen: the narrow side is the column's thickness, the long side its length.
    const thick = quarter ? across : along;
    const long = quarter ? along : across;
    const size = Math.min(40, Math.max(13, thick * 0.7));
    const length = Math.max(long, chars * size + size * 1.5, 48);
    return {
      cx,
      cy,
      width: Math.max(thick, size * 1.5),
      height: length,
      angle: 0,
      fontSize: size,
      vertical: true,
    };
  }
  const fontSize = Math.min(40, Math.max(13, across * 0.7));
  const height = Math.max(across, fontSize * 1.5);
  // Room for the text at the editor's font, and a little to type more.
  const width = Math.max(along, textEms(text) * fontSize + fontSize * 1.5, 48);
  return { cx, cy, width, height, angle: Math.abs(angle) < 0.5 ? 0 : angle, fontSize, vertical: false };
}
