import { boxToWorld } from '../../model/index.ts';
import type { BoxFrame, Point } from '../../model/index.ts';
import type { LayerPaint } from '../canvas/overlayLayers.ts';
import { tracePoly } from '../canvas/paths.ts';
import { REF_FONT, REF_SIZE } from './charWidths.ts';
import type { SetWord } from './wordLayout.ts';

/** Below this font size on screen a word is a grey bar: glyphs that small cannot be read. */
export const MIN_GLYPH_PX = 4;
export const TEXT_COLOURS = {
  text: '#111827',
  doubtful: '#b91c1c',
  greek: 'rgba(71, 85, 105, 0.55)',
  /** Over the page image, each box is whitened first so the text reads. */
  backing: 'rgba(255, 255, 255, 0.86)',
};

type Matrix = [number, number, number, number, number, number];

/** base ∘ local, both as canvas matrices (a, b, c, d, e, f). */
function compose(b: DOMMatrix, m: Matrix): Matrix {
  return [
    b.a * m[0] + b.c * m[1],
    b.b * m[0] + b.d * m[1],
    b.a * m[2] + b.c * m[3],
    b.b * m[2] + b.d * m[3],
    b.a * m[4] + b.c * m[5] + b.e,
    b.b * m[4] + b.d * m[5] + b.f,
  ];
}

const at = (f: BoxFrame, x: number, y: number): Point => boxToWorld(f, { x, y });

/** The four corners of a box frame's rectangle [x0, x1] × [y0, y1], as a polygon in world space. */
const rect = (f: BoxFrame, x0: number, x1: number, y0: number, y1: number): Point[] => [
  at(f, x0, y0),
  at(f, x1, y0),
  at(f, x1, y1),
  at(f, x0, y1),
];

/** The bar standing in for a word too small to read, along its text direction. */
function greekBar(w: SetWord): Point[] {
  const { frame: f, fit } = w;
  const t = fit.size * 0.4;
  if (fit.mode === 'horizontal') {
    const len = Math.min(f.width, w.advance);
    return rect(f, (f.width - len) / 2, (f.width + len) / 2, (f.height - t) / 2, (f.height + t) / 2);
  }
  const len = Math.min(f.height, fit.mode === 'vertical' ? w.chars.length * fit.size : w.advance);
  return rect(f, (f.width - t) / 2, (f.width + t) / 2, (f.height - len) / 2, (f.height + len) / 2);
}

function drawWord(c: CanvasRenderingContext2D, base: DOMMatrix, w: SetWord): void {
  const { frame: f, fit } = w;
  const k = fit.size / REF_SIZE;
  const { along: u, across: v } = f;
  const cx = f.origin.x + u.x * (f.width / 2) + v.x * (f.height / 2);
  const cy = f.origin.y + u.y * (f.width / 2) + v.y * (f.height / 2);
  if (fit.mode === 'horizontal') {
    const s = k * fit.scaleX;
    c.setTransform(...compose(base, [u.x * s, u.y * s, v.x * k, v.y * k, cx, cy]));
    c.fillText(w.text, 0, 0);
  } else if (fit.mode === 'rotated') {
    // Turned a quarter clockwise: the text runs down the box (along v), letter tops toward v1.
    const s = k * fit.scaleX;
    c.setTransform(...compose(base, [v.x * s, v.y * s, -u.x * k, -u.y * k, cx, cy]));
    c.fillText(w.text, 0, 0);
  } else {
    // Vertical CJK: one upright character per cell, top to bottom, centred in the box.
    const n = w.chars.length;
    const start = (f.height - n * fit.size) / 2;
    for (let i = 0; i < n; i++) {
      const y = start + fit.size * (i + 0.5) - f.height / 2;
      c.setTransform(...compose(base, [u.x * k, u.y * k, v.x * k, v.y * k, cx + v.x * y, cy + v.y * y]));
      c.fillText(w.chars[i], 0, 0);
    }
  }
}

/**
 * The text layer's painter: box backings in one path, then every legible word with its own
 * transform (the font is set once at REF_SIZE and each word's matrix scales it: setting a new
 * font per word costs a parse each), then the bars of words too small to read in one path.
 */
export function paintText(words: readonly SetWord[]): LayerPaint {
  let backing: Path2D | null = null;
  return (c, zoom) => {
    if (words.length === 0) return;
    backing ??= (() => {
      const p = new Path2D();
      for (const w of words) tracePoly(p, rect(w.frame, 0, w.frame.width, 0, w.frame.height));
      return p;
    })();
    c.fillStyle = TEXT_COLOURS.backing;
    c.fill(backing);
    const base = c.getTransform();
    const greek = new Path2D();
    c.font = REF_FONT;
    c.textAlign = 'center';
    c.textBaseline = 'middle';
    for (const doubtful of [false, true]) {
      c.fillStyle = doubtful ? TEXT_COLOURS.doubtful : TEXT_COLOURS.text;
      for (const w of words) {
        if (w.doubtful !== doubtful) continue;
        if (w.fit.size * zoom < MIN_GLYPH_PX) tracePoly(greek, greekBar(w));
        else drawWord(c, base, w);
      }
    }
    c.setTransform(base);
    c.fillStyle = TEXT_COLOURS.greek;
    c.fill(greek);
  };
}
