import { describe, expect, it } from 'vitest';
import type { Vertex } from '../../../clova/index.ts';
import type { PreparedLine } from './preprocess/index.ts';
import { toFields } from './fields.ts';
import { cropRunLines } from './lineCrops.ts';

const HEAD = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const line = (page: number, l: number, t: number, w: number, h: number) =>
  [4, page, 1, 1, 1, 0, l, t, w, h, -1, ''].join('\t');
const word = (
  page: number,
  n: number,
  l: number,
  t: number,
  w: number,
  h: number,
  conf: number,
  text: string,
) => [5, page, 1, 1, 1, n, l, t, w, h, conf, text].join('\t');

/** A crop whose pixels are `scale` page pixels, turned `deg` clockwise (y down), starting at `origin`. */
function crop(row: number, origin: [number, number], deg = 0, scale = 1, score?: number): PreparedLine {
  const a = (deg * Math.PI) / 180;
  const xStep = [Math.cos(a) * scale, Math.sin(a) * scale] as const;
  const yStep = [-Math.sin(a) * scale, Math.cos(a) * scale] as const;
  return {
    quad: [origin, origin, origin, origin],
    transform: { origin, xStep, yStep },
    row,
    ...(score === undefined ? {} : { score }),
  };
}

// Shaped like tesseract 5's output on a list of three crops (--psm 7): per-syllable Hangul
// words on crop 2, a real space inside crop 1.
const tsv = [
  HEAD,
  line(1, 8, 15, 60, 20),
  word(1, 1, 8, 15, 60, 20, 95.5, '001'),
  line(2, 8, 15, 105, 21),
  word(2, 1, 8, 15, 39, 19, 92.9, '합계:'),
  word(2, 2, 55, 17, 58, 19, 90.9, '10,540'),
  line(3, 8, 14, 165, 20),
  word(3, 1, 8, 15, 15, 18, 92.9, '킹'),
  word(3, 2, 27, 15, 16, 19, 93.2, '마'),
  word(3, 3, 44, 15, 34, 18, 93.2, '트'),
  word(3, 4, 86, 14, 17, 19, 80.1, '찾'),
  word(3, 5, 104, 15, 69, 19, 97.0, '아주셔서'),
  '',
].join('\n');
const txt = '001\n\f합계: 10,540\n\f킹마트 찾아주셔서\n\f';

const page = { width: 1000, height: 800 };
const crops = [crop(0, [100, 50], 0, 1, 0.9), crop(0, [400, 60], 10, 2, 0.7), crop(1, [100, 300], 0, 0.5)];

describe('cropRunLines', () => {
  const lines = cropRunLines(tsv, txt, crops, page);

  it("joins each detector row's crops into one line, CJK syllables into words", () => {
    expect(lines.map((l) => l.runs.map((r) => r.text))).toEqual([
      ['001', '합계:', '10,540'],
      ['킹마트', '찾아주셔서'],
    ]);
    expect(lines[1].runs.map((r) => r.conf)).toEqual([92.9, 80.1]);
    expect(toFields(lines, 'V2').map((f) => f.lineBreak)).toEqual([false, false, true, false, true]);
  });

  it("gives each run its crop's detector score, none where the crop has none", () => {
    expect(lines.map((l) => l.runs.map((r) => r.detectorScore))).toEqual([
      [0.9, 0.7, 0.7],
      [undefined, undefined],
    ]);
    expect(lines[1].runs.every((r) => !('detectorScore' in r))).toBe(true);
  });

  it('maps word boxes through the crop transform to page pixels', () => {
    // Unrotated crop at (100, 50): a plain shift.
    expect(lines[0].runs[0].poly).toEqual([
      { x: 108, y: 65 },
      { x: 168, y: 65 },
      { x: 168, y: 85 },
      { x: 108, y: 85 },
    ]);
    expect(lines[0].runs[0].box).toEqual({ x0: 108, y0: 65, x1: 168, y1: 85 });
    // Half-scale crop at (100, 300): "킹마트" spans crop x 8..78, y 15..34 → page 104..139, 307.5..317.
    expect(lines[1].runs[0].box).toEqual({ x0: 104, y0: 308, x1: 139, y1: 317 });
  });

  it('gives rotated words clockwise quads starting at the text’s top-left', () => {
    const poly = lines[0].runs[1].poly!;
    expect(signedArea(poly)).toBeGreaterThan(0); // clockwise with y down
    // Top-left of "합계:" on the crop is (8, 15): origin + 8·xStep + 15·yStep.
    const a = (10 * Math.PI) / 180;
    expect(poly[0].x).toBe(Math.round(400 + 2 * (8 * Math.cos(a) - 15 * Math.sin(a))));
    expect(poly[0].y).toBe(Math.round(60 + 2 * (8 * Math.sin(a) + 15 * Math.cos(a))));
    // The top edge runs along the text, turned 10° clockwise.
    const angle = (Math.atan2(poly[1].y - poly[0].y, poly[1].x - poly[0].x) * 180) / Math.PI;
    expect(angle).toBeCloseTo(10, 0);
    const box = lines[0].runs[1].box;
    expect(box.x0).toBe(Math.min(...poly.map((v) => v.x)));
    expect(box.y1).toBe(Math.max(...poly.map((v) => v.y)));
  });

  it('keeps quads on the page', () => {
    const edge = cropRunLines(tsv, txt, [crop(0, [-20, -30]), crop(0, [980, 790]), crop(1, [0, 0])], page);
    for (const run of edge.flatMap((l) => l.runs))
      for (const v of run.poly!) {
        expect(v.x).toBeGreaterThanOrEqual(0);
        expect(v.x).toBeLessThanOrEqual(page.width);
        expect(v.y).toBeGreaterThanOrEqual(0);
        expect(v.y).toBeLessThanOrEqual(page.height);
      }
  });

  it('skips crops tesseract read nothing on', () => {
    const only2 = [HEAD, line(2, 8, 15, 60, 20), word(2, 1, 8, 15, 60, 20, 90, 'X'), ''].join('\n');
    expect(cropRunLines(only2, '\fX\n\f', crops, page).map((l) => l.runs.map((r) => r.text))).toEqual([
      ['X'],
    ]);
  });
});

/** Shoelace sum: positive for a clockwise polygon in y-down coordinates. */
function signedArea(p: readonly Vertex[]): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i];
    const b = p[(i + 1) % p.length];
    s += a.x * b.y - b.x * a.y;
  }
  return s / 2;
}
