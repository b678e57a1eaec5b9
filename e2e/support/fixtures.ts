import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Cell, Field, ImageResult, OcrResponse, Vertex } from '../../src/clova/index.ts';

/** Reading the project's real CLOVA fixtures and working out, from the JSON alone, what the viewer must show. */
export const FIXTURE_DIR = join(import.meta.dirname, '../../test/fixtures/clova');

// The contract's own types: the fixtures are real CLOVA responses.
export type { Cell, CellWord, Field, Vertex } from '../../src/clova/index.ts';
export type Image = ImageResult;
export type Response = OcrResponse;

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function readFixture(name: string): { json: Response; bytes: Buffer } {
  const bytes = readFileSync(join(FIXTURE_DIR, name));
  return { json: JSON.parse(bytes.toString('utf8')) as Response, bytes };
}

/**
 * Pixel sizes of the source images of fixtures that have no convertedImageInfo (from the shared
 * fixtures README). Others are sized to the extent of their boxes.
 */
const KNOWN_SIZES: Record<string, { width: number; height: number }> = {
  'receipt-kingmart.v2.json': { width: 720, height: 960 },
  'nutrition-roi.v1-negative-x.json': { width: 233, height: 146 },
};

export function pageSizeFor(name: string, json: Response): { width: number; height: number } {
  const info = json.images[0]?.convertedImageInfo;
  if (info) return { width: info.width, height: info.height };
  if (KNOWN_SIZES[name]) return KNOWN_SIZES[name];
  const vs = (json.images[0]?.fields ?? []).flatMap((f) => f.boundingPoly.vertices);
  return {
    width: Math.ceil(Math.max(1, ...vs.map((v) => v.x))) + 16,
    height: Math.ceil(Math.max(1, ...vs.map((v) => v.y))) + 16,
  };
}

export function blankPng(size: { width: number; height: number }): Promise<Buffer> {
  return sharp({ create: { width: size.width, height: size.height, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer();
}

/** Counts straight from the JSON: fields, tables, cells, mean confidence, and lines where lineBreak says. */
export function jsonCounts(json: Response) {
  const fields = json.images.flatMap((i) => i.fields ?? []);
  const tables = json.images.flatMap((i) => i.tables ?? []);
  const hasLineBreak = fields.some((f) => typeof f.lineBreak === 'boolean');
  let lines: number | null = null;
  if (hasLineBreak) {
    lines = 0;
    for (const img of json.images) {
      const fs = img.fields ?? [];
      lines += fs.filter((f) => f.lineBreak === true).length;
      // Words after the last lineBreak still form a line.
      if (fs.length > 0 && fs[fs.length - 1].lineBreak !== true) lines += 1;
    }
  }
  return {
    pages: json.images.length,
    words: fields.length,
    tables: tables.length,
    cells: tables.reduce((n, t) => n + t.cells.length, 0),
    meanConfidence: fields.length ? fields.reduce((s, f) => s + f.inferConfidence, 0) / fields.length : 0,
    lines,
  };
}

export function centroid(poly: Vertex[]): Vertex {
  const n = poly.length;
  return { x: poly.reduce((s, p) => s + p.x, 0) / n, y: poly.reduce((s, p) => s + p.y, 0) / n };
}

export function inside(p: Vertex, poly: Vertex[]): boolean {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i];
    const b = poly[j];
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) hit = !hit;
  }
  return hit;
}

function area(poly: Vertex[]): number {
  let s = 0;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++)
    s += (poly[j].x + poly[i].x) * (poly[j].y - poly[i].y);
  return Math.abs(s / 2);
}

/**
 * Words whose centroid is on the page and inside no other word, so a click there has one right
 * answer. Returns up to `n` spread over the page (first, middle, last...).
 */
export function clickableWords(fields: Field[], size: { width: number; height: number }, n = 3) {
  const ok = fields
    .map((f, i) => ({ f, i, c: centroid(f.boundingPoly.vertices) }))
    .filter(({ f, i, c }) => {
      if (c.x < 0 || c.y < 0 || c.x > size.width || c.y > size.height) return false;
      if (area(f.boundingPoly.vertices) < 20) return false;
      return fields.every((g, j) => j === i || !inside(c, g.boundingPoly.vertices));
    });
  if (ok.length <= n) return ok;
  if (n === 1) return [ok[Math.floor(ok.length / 2)]];
  return Array.from({ length: n }, (_, k) => ok[Math.round((k * (ok.length - 1)) / (n - 1))]);
}

export function cellText(cell: Cell): string {
  return cell.cellTextLines.map((l) => l.cellWords.map((w) => w.inferText).join(' ')).join('\n');
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
