import sharp from 'sharp';
import type { Random } from './random.ts';
import type { PhotoLang, PrintedLine } from './texts.ts';

/**
 * The flat paper of a generated photo: the printed lines laid out as a receipt or slip, printed in
 * one of three ways (thermal: faded, streaked by the print head; dot-matrix: every glyph made of
 * round dots on a grid; laser: clean), in coloured ink on tinted paper. RGB, 3 bytes a pixel.
 */
export type PrintStyle = 'thermal' | 'dotmatrix' | 'laser';

export interface PaperOptions {
  lang: PhotoLang;
  lines: readonly PrintedLine[];
  style: PrintStyle;
  /** Glyph size in pixels (the em). */
  fontPx: number;
  ink: readonly [number, number, number];
  accentInk: readonly [number, number, number];
  paper: readonly [number, number, number];
}

export interface Paper {
  rgb: Uint8Array;
  width: number;
  height: number;
}

const FAMILY: Record<PhotoLang, string> = { ko: 'KR', ja: 'JP', 'zh-TW': 'TC' };

interface Coverage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** One piece of text as glyph coverage (0..255), tight to its ink box. */
async function textCoverage(text: string, font: string): Promise<Coverage> {
  if (text.trim() === '') return { data: new Uint8Array(0), width: 0, height: 0 };
  const markup = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const { data, info } = await sharp({ text: { text: markup, font, dpi: 72, rgba: true } })
    .extractChannel(3)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

export async function renderPaper(opts: PaperOptions, r: Random): Promise<Paper> {
  const face = opts.style === 'laser' ? 'Sans' : 'Sans Mono';
  const font = `Noto ${face} CJK ${FAMILY[opts.lang]} ${opts.fontPx}`;
  const pieces = await Promise.all(
    opts.lines.map(async (l) => ({
      line: l,
      left: await textCoverage(l.cells ? '' : l.left, font),
      right: l.right ? await textCoverage(l.right, font) : undefined,
      cells: l.cells ? await Promise.all(l.cells.map((c) => textCoverage(c, font))) : undefined,
    })),
  );
  const margin = Math.round(opts.fontPx * 1.5);
  const gap = opts.fontPx * 2;
  // Ruled tables: each column as wide as its widest cell plus padding.
  const cellPad = Math.round(opts.fontPx * 0.8);
  const columns: number[] = [];
  for (const p of pieces)
    p.cells?.forEach((c, i) => (columns[i] = Math.max(columns[i] ?? 0, c.width + 2 * cellPad)));
  const inner = Math.max(
    opts.fontPx * 20,
    columns.reduce((s, w) => s + w, 0),
    ...pieces.map((p) => p.left.width + (p.right ? gap + p.right.width : 0)),
  );
  const width = inner + 2 * margin;
  const pitch = Math.round(opts.fontPx * r.range(1.55, 1.9));
  const height = pieces.length * pitch + 2 * margin;
  const cover = new Float32Array(width * height);
  const accent = new Uint8Array(width * height);
  const rule = Math.max(1, Math.round(opts.fontPx / 12));
  const tableRows = pieces.map((p, i) => (p.cells ? i : -1)).filter((i) => i >= 0);
  const rowTop = (i: number) => margin + i * pitch - Math.round((pitch - opts.fontPx) / 2);
  if (tableRows.length > 0) {
    const [first, last] = [tableRows[0], tableRows[tableRows.length - 1]];
    const tableWidth = columns.reduce((sum, w) => sum + w, 0);
    for (let i = first; i <= last + 1; i++) fill(margin, rowTop(i), margin + tableWidth, rowTop(i) + rule);
    let x = margin;
    for (const w of [0, ...columns]) {
      x += w;
      fill(x - (w === 0 ? 0 : rule), rowTop(first), x + (w === 0 ? rule : 0), rowTop(last + 1) + rule);
    }
  }
  pieces.forEach((p, i) => {
    const top = margin + i * pitch;
    if (p.cells) {
      let x = margin;
      p.cells.forEach((c, k) => {
        // Numbers flush right in their cell, text flush left, as price lists print them.
        const numeric = /^[\d,]+$/.test(p.line.cells![k]);
        blit(c, numeric ? x + columns[k] - cellPad - c.width : x + cellPad, top, false);
        x += columns[k];
      });
      return;
    }
    const x = p.line.centred ? margin + Math.round((inner - p.left.width) / 2) : margin;
    blit(p.left, x, top, p.line.accent === true);
    if (p.right) blit(p.right, margin + inner - p.right.width, top, p.line.accent === true);
  });

  function fill(x0: number, y0: number, x1: number, y1: number) {
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y++)
      for (let x = Math.max(0, x0); x < Math.min(width, x1); x++) cover[y * width + x] = 1;
  }

  function blit(c: Coverage, left: number, top: number, isAccent: boolean) {
    for (let y = 0; y < c.height && top + y < height; y++) {
      for (let x = 0; x < c.width && left + x < width; x++) {
        const v = c.data[y * c.width + x] / 255;
        const i = (top + y) * width + left + x;
        if (v > cover[i]) {
          cover[i] = v;
          accent[i] = isAccent ? 1 : 0;
        }
      }
    }
  }

  const ink = opts.style === 'dotmatrix' ? dotMatrix(cover, width, height, opts.fontPx) : cover;
  if (opts.style === 'thermal') fadeThermal(ink, width, height, r);
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    const a = Math.min(1, ink[i]);
    const colour = accent[i] ? opts.accentInk : opts.ink;
    for (let c = 0; c < 3; c++) rgb[i * 3 + c] = Math.round(opts.paper[c] * (1 - a) + colour[c] * a);
  }
  return { rgb, width, height };
}

/** Glyphs re-drawn as round dots on a square grid, as a 9-pin head prints them. */
function dotMatrix(cover: Float32Array, width: number, height: number, fontPx: number): Float32Array {
  // A 24-pin head prints a CJK glyph on a grid of about 24 dots: the pitch is ~1/11 of the em.
  const pitch = Math.max(2, Math.round(fontPx / 11));
  const radius = pitch * 0.6;
  const out = new Float32Array(width * height);
  for (let gy = Math.floor(pitch / 2); gy < height; gy += pitch) {
    for (let gx = Math.floor(pitch / 2); gx < width; gx += pitch) {
      if (cellMax(cover, width, height, gx, gy, pitch) < 0.45) continue;
      const r0 = Math.ceil(radius);
      for (let y = Math.max(0, gy - r0); y <= Math.min(height - 1, gy + r0); y++) {
        for (let x = Math.max(0, gx - r0); x <= Math.min(width - 1, gx + r0); x++) {
          const d = Math.hypot(x - gx, y - gy);
          const v = Math.max(0, Math.min(1, radius + 0.5 - d));
          if (v > out[y * width + x]) out[y * width + x] = v;
        }
      }
    }
  }
  return out;
}

/** Thermal paper: the ink fades unevenly, some print-head columns print weak, specks drop out. */
function fadeThermal(ink: Float32Array, width: number, height: number, r: Random) {
  const overall = r.range(0.6, 0.9);
  const column = new Float32Array(width).fill(1);
  for (let k = r.int(1, 4); k > 0; k--) {
    const x0 = r.int(0, width - 1);
    const w = r.int(2, 10);
    const depth = r.range(0.3, 0.6);
    for (let x = x0; x < Math.min(width, x0 + w); x++) column[x] = 1 - depth;
  }
  for (let y = 0; y < height; y++) {
    const row = 1 - 0.25 * Math.max(0, Math.sin((y / height) * Math.PI * r.range(0.9, 1.1)) - 0.7);
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const speck = r.next() < 0.04 ? 0.35 : 1;
      ink[i] *= overall * column[x] * row * speck;
    }
  }
}

/** The most ink in the grid cell around (gx, gy): a dot fires where any of its cell is inked. */
function cellMax(cover: Float32Array, width: number, height: number, gx: number, gy: number, pitch: number) {
  let m = 0;
  const h = Math.floor(pitch / 2);
  for (let y = Math.max(0, gy - h); y <= Math.min(height - 1, gy + h); y++)
    for (let x = Math.max(0, gx - h); x <= Math.min(width - 1, gx + h); x++)
      m = Math.max(m, cover[y * width + x]);
  return m;
}
