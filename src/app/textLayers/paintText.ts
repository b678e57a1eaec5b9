import type { BoxFrame } from '../../model/index.ts';
import type { LayerPaint } from '../canvas/overlayLayers.ts';
import { REF_FONT, REF_FONT_JA, REF_SIZE } from './charWidths.ts';
import type { PageLayout, SetWord } from './wordLayout.ts';

/** Below this font size on screen a word is a grey bar: glyphs that small cannot be read. */
export const MIN_GLYPH_PX = 5;
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

/**
 * Traces the rectangle [x0, x1] × [y0, y1] of a box frame into a path, in world space. Plain
 * arithmetic, no point objects: it runs for every word of a page.
 */
function traceRect(p: Path2D, f: BoxFrame, x0: number, x1: number, y0: number, y1: number): void {
  const { origin: o, along: u, across: v } = f;
  p.moveTo(o.x + x0 * u.x + y0 * v.x, o.y + x0 * u.y + y0 * v.y);
  p.lineTo(o.x + x1 * u.x + y0 * v.x, o.y + x1 * u.y + y0 * v.y);
  p.lineTo(o.x + x1 * u.x + y1 * v.x, o.y + x1 * u.y + y1 * v.y);
  p.lineTo(o.x + x0 * u.x + y1 * v.x, o.y + x0 * u.y + y1 * v.y);
  // Back to the start by a line: closePath on a path of thousands of contours is slow in
  // Chromium (measured: 1.4 s for 20,000 boxes under load, against tens of ms for lineTo).
  p.lineTo(o.x + x0 * u.x + y0 * v.x, o.y + x0 * u.y + y0 * v.y);
}

/** The bar standing in for a word too small to read, along its text direction. */
function traceGreekBar(p: Path2D, w: SetWord): void {
  const { frame: f, fit } = w;
  const t = fit.size * 0.4;
  if (fit.mode === 'horizontal') {
    const len = Math.min(f.width, w.advance);
    traceRect(p, f, (f.width - len) / 2, (f.width + len) / 2, (f.height - t) / 2, (f.height + t) / 2);
    return;
  }
  const len = Math.min(f.height, fit.mode === 'vertical' ? w.chars.length * fit.size : w.advance);
  traceRect(p, f, (f.width - t) / 2, (f.width + t) / 2, (f.height - len) / 2, (f.height + len) / 2);
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

const legible = (w: SetWord, zoom: number) => w.fit.size * zoom >= MIN_GLYPH_PX;

/**
 * The text layer's painter: box backings in one path (over a page image only: on bare paper they
 * would be white on white), then every legible word with its own transform (the font is set once
 * at REF_SIZE and each word's matrix scales it: a new font per word costs a parse each), then the
 * bars of words too small to read in one path. Paths that do not depend on the zoom (backings,
 * the line bars) are built once per painter.
 */
export function paintText({ words, lines }: PageLayout, opts: { backing: boolean }): LayerPaint {
  let backing: Path2D | null = null;
  let lineBars: Path2D | null = null;
  let largest = 0;
  for (const w of words) largest = Math.max(largest, w.fit.size);
  return (c, zoom) => {
    if (words.length === 0) return;
    if (opts.backing) {
      backing ??= (() => {
        const p = new Path2D();
        for (const w of words) traceRect(p, w.frame, 0, w.frame.width, 0, w.frame.height);
        return p;
      })();
      c.fillStyle = TEXT_COLOURS.backing;
      c.fill(backing);
    }
    let bars: Path2D;
    if (largest * zoom < MIN_GLYPH_PX) {
      // No word is legible (a dense page at the fitted zoom): a bar per line gives the page's
      // look, a few hundred rectangles where bars per word would be tens of thousands.
      bars = lineBars ??= (() => {
        const p = new Path2D();
        for (const f of lines) traceRect(p, f, 0, f.width, f.height * 0.3, f.height * 0.7);
        return p;
      })();
    } else {
      bars = new Path2D();
      const base = c.getTransform();
      // The world region this canvas holds (the transform is a scale and a shift): words
      // outside it would cost a fillText each for nothing.
      const x0 = -base.e / base.a;
      const y0 = -base.f / base.d;
      const x1 = (c.canvas.width - base.e) / base.a;
      const y1 = (c.canvas.height - base.f) / base.d;
      c.textAlign = 'center';
      c.textBaseline = 'middle';
      // One pass per face and colour: the font and fill are set a few times, not per word.
      for (const japanese of [false, true]) {
        c.font = japanese ? REF_FONT_JA : REF_FONT;
        for (const doubtful of [false, true]) {
          c.fillStyle = doubtful ? TEXT_COLOURS.doubtful : TEXT_COLOURS.text;
          for (const w of words) {
            if (w.doubtful !== doubtful || w.japanese !== japanese) continue;
            if (w.maxX < x0 || w.minX > x1 || w.maxY < y0 || w.minY > y1) continue;
            if (legible(w, zoom)) drawWord(c, base, w);
            else traceGreekBar(bars, w);
          }
        }
      }
      c.setTransform(base);
    }
    c.fillStyle = TEXT_COLOURS.greek;
    c.fill(bars);
  };
}
