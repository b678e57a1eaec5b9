import sharp from 'sharp';
import type { OcrWord, Point } from '../../../src/server/engines/tesseract/tables/types.ts';
import type { GrayImage } from '../../../src/server/engines/tesseract/raster/grayImage.ts';

/** A cell of a generated table; `lines` are its text lines, words separated by spaces. */
export type SpecCell = { row: number; col: number; rowSpan?: number; colSpan?: number; lines: string[] };

/** A ruled table: every cell gets its own rectangle, so merged cells have no inner rules. */
export type TableSpec = {
  x: number;
  y: number;
  colWidths: number[];
  rowHeights: number[];
  cells: SpecCell[];
  stroke?: number;
  /** Leave out the left and right borders, as many report tables do. */
  openSides?: boolean;
};

/** Free text on the page; `underline` draws a rule under it, as in a form label or a link. */
export type TextSpec = {
  x: number;
  y: number;
  text: string;
  underline?: boolean;
  /** Font size and family for this text only (headings). */
  fontSize?: number;
  font?: string;
};

export type PageSpec = {
  width: number;
  height: number;
  fontSize: number;
  font?: string;
  tables: TableSpec[];
  texts?: TextSpec[];
};

export type RenderedPage = { png: Buffer; gray: GrayImage; words: OcrWord[] };

/**
 * Renders a page with sharp (SVG rules and text composited onto white) and returns the words
 * where they were drawn, as an OCR engine would report them. Word widths are estimated from the
 * character count, which is close enough for "whose centre lies in which cell".
 * `rotateDegrees` turns the finished page clockwise like a skewed scan; the words turn with it.
 */
export async function renderPage(spec: PageSpec, rotateDegrees = 0): Promise<RenderedPage> {
  const font = spec.font ?? 'DejaVu Sans';
  const fs = spec.fontSize;
  const svg: string[] = [];
  const words: OcrWord[] = [];
  const drawText = (x: number, baseline: number, text: string, fs = spec.fontSize, family = font) => {
    let cursor = x;
    for (const token of text.split(' ').filter(Boolean)) {
      const width = [...token].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? fs : fs * 0.62), 0);
      svg.push(
        `<text x="${cursor}" y="${baseline}" font-family="${family}" font-size="${fs}" fill="#000">${escapeXml(token)}</text>`,
      );
      words.push({ text: token, confidence: 0.9, poly: rect(cursor, baseline - fs * 0.8, width, fs) });
      cursor += width + fs * 0.4;
    }
    return cursor;
  };
  for (const table of spec.tables) {
    const stroke = table.stroke ?? Math.max(1, Math.round(fs / 12));
    const colX = offsets(table.x, table.colWidths);
    const rowY = offsets(table.y, table.rowHeights);
    for (const cell of table.cells) {
      const x0 = colX[cell.col];
      const y0 = rowY[cell.row];
      const x1 = colX[cell.col + (cell.colSpan ?? 1)];
      const y1 = rowY[cell.row + (cell.rowSpan ?? 1)];
      const line = (ax: number, ay: number, bx: number, by: number) =>
        svg.push(
          `<line x1="${ax}" y1="${ay}" x2="${bx}" y2="${by}" stroke="#000" stroke-width="${stroke}" stroke-linecap="square"/>`,
        );
      line(x0, y0, x1, y0);
      line(x0, y1, x1, y1);
      if (!table.openSides || x0 !== colX[0]) line(x0, y0, x0, y1);
      if (!table.openSides || x1 !== colX[colX.length - 1]) line(x1, y0, x1, y1);
      cell.lines.forEach((line, i) => drawText(x0 + fs * 0.5, y0 + fs * 1.3 + i * fs * 1.4, line));
    }
  }
  for (const t of spec.texts ?? []) {
    const end = drawText(t.x, t.y, t.text, t.fontSize, t.font);
    if (t.underline)
      svg.push(
        `<line x1="${t.x}" y1="${t.y + fs * 0.25}" x2="${end}" y2="${t.y + fs * 0.25}" stroke="#000" stroke-width="${Math.max(1, Math.round(fs / 14))}"/>`,
      );
  }
  const overlay = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}">${svg.join('')}</svg>`,
  );
  let page = sharp({ create: { width: spec.width, height: spec.height, channels: 3, background: '#ffffff' } })
    .composite([{ input: overlay }])
    .png();
  let placed = words;
  if (rotateDegrees !== 0) {
    const flat = await page.toBuffer();
    const rotated = sharp(flat).rotate(rotateDegrees, { background: '#ffffff' }).png();
    const { width, height } = await sharp(await rotated.clone().toBuffer()).metadata();
    const turn = rotation(spec.width, spec.height, width, height, rotateDegrees);
    placed = words.map((w) => ({ ...w, poly: w.poly.map(turn) }));
    page = rotated;
  }
  const png = await page.toBuffer();
  return { png, gray: await grayFromPng(png), words: placed };
}

export async function grayFromPng(png: Buffer): Promise<GrayImage> {
  const { data, info } = await sharp(png).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({
    resolveWithObject: true,
  });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

function offsets(start: number, sizes: number[]): number[] {
  const out = [start];
  for (const s of sizes) out.push(out[out.length - 1] + s);
  return out;
}

function rect(x: number, y: number, w: number, h: number): Point[] {
  return [
    { x, y },
    { x: x + w, y },
    { x: x + w, y: y + h },
    { x, y: y + h },
  ];
}

/** Where sharp's clockwise rotation about the centre (onto an enlarged canvas) moves a point. */
function rotation(w: number, h: number, w2: number, h2: number, degrees: number): (p: Point) => Point {
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  return ({ x, y }) => {
    const dx = x - w / 2;
    const dy = y - h / 2;
    return { x: cos * dx - sin * dy + w2 / 2, y: sin * dx + cos * dy + h2 / 2 };
  };
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
