import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OcrResponseSchema, type OcrResponse, type Vertex } from '../../../clova/index.ts';
import { preparePageForOcr } from './preprocess/index.ts';
import { bagOfCharsCer, cer } from '../../../model/review/metrics.ts';
import { engineInputFor, type EngineInputOptions } from '../../../../test/support/engineInput.ts';
import { responseText } from '../../../../test/support/responseText.ts';
import { createTesseractEngine } from './index.ts';
import { PHOTO_RECEIPT_LINES, renderPhotoLikePage } from '../../../../test/support/photoLikePage.ts';

/**
 * A generated photo of a receipt (uneven light, turned 2°, noise, blur, JPEG; small text) through
 * the real engine, once as it runs in the relay (photos read line by line with the text-line
 * detector) and once with the detector off (whole-page tesseract, the engine before preprocessing).
 * Measured (bag-of-characters CER): line path 0.033, whole page 0.40, plain `tesseract` 0.39.
 */
const MAX_LINE_PATH_CER = 0.15;

const root = mkdtempSync(join(tmpdir(), 'tesseract-photo-'));
const inputs = join(root, 'inputs');
const work = join(root, 'work'); // the engine's tmpDir: every page's crops must be gone after a run
mkdirSync(inputs);
mkdirSync(work);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const reference = PHOTO_RECEIPT_LINES.join('\n');
let jpeg: Buffer;
let lines: OcrResponse;
let whole: OcrResponse;
let v1Tables: OcrResponse;
let width: number;
let height: number;

beforeAll(async () => {
  jpeg = await renderPhotoLikePage();
  const run = async (lineDetector: 'auto' | 'off', opts: Partial<EngineInputOptions> = {}) => {
    const engine = createTesseractEngine({ tmpDir: work, lineDetector });
    const out = await engine.run(engineInputFor(jpeg, inputs, { format: 'jpg', ...opts }));
    expect(out.status).toBe(200);
    expect(readdirSync(work)).toEqual([]);
    return OcrResponseSchema.parse(out.body);
  };
  // One after the other: each run checks that it left the shared tmpDir empty.
  lines = await run('auto');
  whole = await run('off');
  v1Tables = await run('auto', { version: 'V1', enableTableDetection: true });
  ({ width, height } = lines.images[0].convertedImageInfo!);
});

describe('tesseract engine on a photo-like page', () => {
  it('takes the line-crop path', async () => {
    const file = join(root, 'page.jpg');
    writeFileSync(file, jpeg);
    const dir = mkdtempSync(join(root, 'prep-'));
    expect((await preparePageForOcr(file, dir)).decision).toBe('lines');
  });

  it('reads it better than the whole-page path, and well', () => {
    const ours = bagOfCharsCer(reference, responseText(lines));
    const plain = bagOfCharsCer(reference, responseText(whole));
    expect(ours).toBeLessThan(plain);
    expect(ours).toBeLessThan(MAX_LINE_PATH_CER);
    // The rows come out in reading order, so the ordered CER agrees.
    expect(cer(reference, responseText(lines))).toBeLessThan(MAX_LINE_PATH_CER);
  });

  it("breaks lines at the receipt's lines", () => {
    const breaks = lines.images[0].fields!.filter((f) => f.lineBreak).length;
    expect(breaks).toBe(PHOTO_RECEIPT_LINES.length);
  });

  it('answers convertedImageInfo in the photo’s own pixels, with every quad on the page', () => {
    expect(width).toBeGreaterThan(900);
    expect(height).toBeGreaterThan(1200);
    for (const f of lines.images[0].fields!) {
      expect(f.boundingPoly.vertices).toHaveLength(4);
      for (const v of f.boundingPoly.vertices) {
        expect(v.x).toBeGreaterThanOrEqual(0);
        expect(v.x).toBeLessThanOrEqual(width);
        expect(v.y).toBeGreaterThanOrEqual(0);
        expect(v.y).toBeLessThanOrEqual(height);
      }
    }
  });

  it('gives turned quads, clockwise from the text’s top-left, where the text is', () => {
    const fields = lines.images[0].fields!;
    for (const f of fields) expect(signedArea(f.boundingPoly.vertices)).toBeGreaterThan(0);
    // The page is turned 2° clockwise: so is the top edge of the words (median over all fields).
    const angles = fields
      .map(
        ({ boundingPoly: { vertices: v } }) => (Math.atan2(v[1].y - v[0].y, v[1].x - v[0].x) * 180) / Math.PI,
      )
      .sort((a, b) => a - b);
    const median = angles[angles.length >> 1];
    expect(median).toBeGreaterThan(1);
    expect(median).toBeLessThan(3);
    // The text block sits in the page's top-left area (10% / 8% margins, ~40% of the height).
    const ys = fields.flatMap((f) => f.boundingPoly.vertices.map((v) => v.y));
    expect(Math.min(...ys)).toBeGreaterThan(0.05 * height);
    expect(Math.max(...ys)).toBeLessThan(0.5 * height);
  });

  it('shapes V1 fields and runs table detection on the same path', () => {
    const img = v1Tables.images[0];
    expect(img.fields!.map((f) => f.inferText)).toEqual(lines.images[0].fields!.map((f) => f.inferText));
    for (const f of img.fields!)
      expect(Object.keys(f)).toEqual(['valueType', 'boundingPoly', 'inferText', 'inferConfidence']);
    // A receipt without rules has no table; the request asked, so the key is there.
    expect(img.tables).toEqual([]);
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
