import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { LINE_BOX_HEIGHT, LINE_PAD, lineBoxToOriginal, prepareLinesForOcr } from './prepareLines.ts';
import type { TextLineDetector } from './textLineDetector.ts';
import type { Quad } from './geometry.ts';

const box = (x0: number, y0: number, x1: number, y1: number): Quad => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

// A detector with fixed answers: these tests are about what happens after detection.
const fixedDetector = (quads: Quad[], scores: number[] = []): TextLineDetector => ({
  detect: async () => quads.map((quad, i) => ({ quad, score: scores[i] ?? 0.9 })),
});

let dir: string;
let page: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prepare-lines-'));
  page = path.join(dir, 'page.png');
  await sharp({ create: { width: 400, height: 200, channels: 3, background: '#eee' } })
    .png()
    .toFile(page);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('prepareLinesForOcr', () => {
  it('writes one crop per box in reading order, and a tesseract list naming them', async () => {
    const quads = [box(200, 100, 300, 120), box(10, 10, 210, 30), box(10, 98, 150, 122)];
    const prepared = await prepareLinesForOcr(page, dir, fixedDetector(quads, [0.7, 0.8, 0.95]));
    expect(prepared.tesseractArgs).toEqual(['--psm', '7']);
    // Each line keeps its box's detector score (the confidence calibration reads it).
    expect(prepared.lines.map((l) => [l.quad, l.row, l.score])).toEqual([
      [quads[1], 0, 0.8],
      [quads[2], 1, 0.95],
      [quads[0], 1, 0.7],
    ]);
    const list = (await readFile(prepared.listPath, 'utf8')).trim().split('\n');
    expect(list).toHaveLength(3);
    const meta = await sharp(list[0]).metadata();
    expect(meta.height).toBe(LINE_BOX_HEIGHT + 2 * LINE_PAD);
    expect(meta.width).toBe(Math.round((200 * LINE_BOX_HEIGHT) / 20) + 2 * LINE_PAD);
  });

  it('maps a word box on a crop back onto the page', async () => {
    const prepared = await prepareLinesForOcr(page, dir, fixedDetector([box(10, 10, 210, 30)]));
    const scale = LINE_BOX_HEIGHT / 20;
    const q = lineBoxToOriginal(prepared.lines[0], {
      left: LINE_PAD,
      top: LINE_PAD,
      width: 100 * scale,
      height: 20 * scale,
    });
    expect(q[0][0]).toBeCloseTo(10);
    expect(q[0][1]).toBeCloseTo(10);
    expect(q[2][0]).toBeCloseTo(110);
    expect(q[2][1]).toBeCloseTo(30);
  });
});
