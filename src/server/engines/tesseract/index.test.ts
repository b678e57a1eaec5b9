import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OcrResponseSchema, type OcrResponse } from '../../../clova/index.ts';
import { RelayError } from '../../errors.ts';
import { PDF_DPI } from './raster/limits.ts';
import { createTesseractEngine } from './index.ts';
import { cer } from '../../../model/review/metrics.ts';
import { makeJpeg, makePdf, makeTiff, renderTextPage } from '../../../../test/support/documents.ts';
import { engineInputFor, type EngineInputOptions } from '../../../../test/support/engineInput.ts';
import { fieldTexts, responseText } from '../../../../test/support/responseText.ts';

const root = mkdtempSync(join(tmpdir(), 'tesseract-engine-test-'));
const inputs = join(root, 'inputs');
const work = join(root, 'work'); // the engine's tmpDir: must be empty after every request
mkdirSync(inputs);
mkdirSync(work);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const engine = createTesseractEngine({ tmpDir: work, concurrency: 2 });

async function run(bytes: Buffer, opts: EngineInputOptions) {
  const out = await engine.run(engineInputFor(bytes, inputs, opts));
  expect(out.status).toBe(200);
  expect(readdirSync(work)).toEqual([]);
  return OcrResponseSchema.parse(out.body);
}

/** A small English page: fast to OCR, text known. 150 dpi keeps the pages (and PDFs) small. */
function page(lines: string[], width = 1000, height = 320) {
  return renderTextPage({ lines, lang: 'en', width, height, dpi: 150, fontSize: 14, margin: 50 });
}

function boxesInside(res: OcrResponse) {
  for (const img of res.images) {
    const { width, height } = img.convertedImageInfo!;
    for (const f of img.fields!) {
      expect(f.boundingPoly.vertices).toHaveLength(4);
      for (const v of f.boundingPoly.vertices) {
        expect(v.x).toBeGreaterThanOrEqual(0);
        expect(v.y).toBeGreaterThanOrEqual(0);
        expect(v.x).toBeLessThanOrEqual(width);
        expect(v.y).toBeLessThanOrEqual(height);
      }
    }
  }
}

describe('tesseract engine: inputs and response shape', () => {
  let png: Buffer;
  beforeAll(async () => {
    png = await page(['Invoice number 2024-0315', 'Total amount due 1,250 EUR']);
  });

  it('answers a PNG in the V2 shape with echoed fields and lineBreaks', async () => {
    const res = await run(png, { format: 'png', lang: 'en', version: 'V2', name: 'invoice' });
    expect(res.version).toBe('V2');
    expect(res.requestId).toBe('test-request');
    expect(res.timestamp).toBeGreaterThan(1_700_000_000_000);
    expect(res.images).toHaveLength(1);
    const img = res.images[0];
    expect(Object.keys(img)).toEqual([
      'uid',
      'name',
      'inferResult',
      'message',
      'validationResult',
      'convertedImageInfo',
      'fields',
    ]);
    expect(img).toMatchObject({ name: 'invoice', inferResult: 'SUCCESS', message: 'SUCCESS' });
    expect(img.convertedImageInfo).toEqual({ width: 1000, height: 320, pageIndex: 0, longImage: false });
    expect(fieldTexts(res)[0]).toEqual([
      'Invoice',
      'number',
      '2024-0315',
      'Total',
      'amount',
      'due',
      '1,250',
      'EUR',
    ]);
    expect(img.fields!.map((f) => f.lineBreak)).toEqual([
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      true,
    ]);
    for (const f of img.fields!) {
      expect(Object.keys(f)).toEqual([
        'valueType',
        'boundingPoly',
        'inferText',
        'inferConfidence',
        'type',
        'lineBreak',
      ]);
      expect(f.inferConfidence).toBeGreaterThan(0.5);
      expect(f.inferConfidence).toBeLessThanOrEqual(1);
      expect(Math.round(f.inferConfidence * 1e4)).toBeCloseTo(f.inferConfidence * 1e4, 6);
    }
    boxesInside(res);
    // Words of the first line sit left to right on the first text row.
    const xs = img.fields!.slice(0, 3).map((f) => f.boundingPoly.vertices[0].x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('answers V1 with only the V1 keys and echoes the version as sent', async () => {
    const res = await run(png, { format: 'png', lang: 'en', version: 'v1' });
    expect(res.version).toBe('v1');
    const img = res.images[0];
    expect(img.convertedImageInfo).toBeUndefined();
    expect(img.fields!.length).toBe(8);
    for (const f of img.fields!)
      expect(Object.keys(f)).toEqual(['valueType', 'boundingPoly', 'inferText', 'inferConfidence']);
  });

  it('reads a JPEG with EXIF orientation 6 in its displayed orientation', async () => {
    const jpg = await makeJpeg(png, { orientation: 6 });
    const res = await run(jpg, { format: 'jpg', lang: 'en' });
    // Stored 320x1000 sideways; displayed (and OCR'd) 1000x320.
    expect(res.images[0].convertedImageInfo).toMatchObject({ width: 1000, height: 320 });
    expect(cer('Invoice number 2024-0315 Total amount due 1,250 EUR', responseText(res))).toBeLessThan(0.05);
    boxesInside(res);
    // Horizontal text in displayed coordinates: the first word starts near the left margin, top row.
    const [tl, tr, br] = res.images[0].fields![0].boundingPoly.vertices;
    expect(tl.x).toBeLessThan(80);
    expect(tl.y).toBeLessThan(100);
    expect(tr.x - tl.x).toBeGreaterThan(br.y - tr.y);
  });

  it('turns a 3-page PDF into 3 images in page order, in PDF_DPI pixels', async () => {
    // 6 x 2 inch pages and a 5 x 3 inch one (drawn at 150 dpi).
    const pages = [
      await page(['First page alpha'], 900, 300),
      await page(['Second page bravo'], 900, 300),
      await page(['Third page charlie'], 750, 450),
    ];
    const res = await run(await makePdf(pages), { format: 'pdf', lang: 'en', name: 'three.pdf' });
    expect(res.images.map((i) => i.convertedImageInfo)).toEqual([
      { width: 6 * PDF_DPI, height: 2 * PDF_DPI, pageIndex: 0, longImage: false },
      { width: 6 * PDF_DPI, height: 2 * PDF_DPI, pageIndex: 1, longImage: false },
      { width: 5 * PDF_DPI, height: 3 * PDF_DPI, pageIndex: 2, longImage: false },
    ]);
    expect(res.images.map((i) => i.name)).toEqual(['three.pdf', 'three.pdf', 'three.pdf']);
    expect(new Set(res.images.map((i) => i.uid)).size).toBe(3);
    expect(fieldTexts(res)).toEqual([
      ['First', 'page', 'alpha'],
      ['Second', 'page', 'bravo'],
      ['Third', 'page', 'charlie'],
    ]);
    boxesInside(res);
  });

  it('turns a 2-page TIFF into 2 images', async () => {
    const tif = await makeTiff([await page(['Page one of the scan']), await page(['Page two of the scan'])]);
    const res = await run(tif, { format: 'tiff', lang: 'en' });
    expect(res.images.map((i) => i.convertedImageInfo?.pageIndex)).toEqual([0, 1]);
    expect(res.images[1].convertedImageInfo).toMatchObject({ width: 1000, height: 320 });
    expect(fieldTexts(res).map((f) => f.join(' '))).toEqual(['Page one of the scan', 'Page two of the scan']);
    boxesInside(res);
  });

  it('adds a tables array when table detection is asked for', async () => {
    const res = await run(png, { format: 'png', lang: 'en', enableTableDetection: true });
    expect(Object.keys(res.images[0])).toContain('tables');
    expect(res.images[0].tables).toEqual([]); // plain text, no ruled table
  });
});

describe('tesseract engine: refusals, abort and environment', () => {
  it('refuses an 11-page PDF with CLOVA 400/0011 naming the 10-page limit', async () => {
    const p = await renderTextPage({
      lines: ['x'],
      lang: 'en',
      width: 200,
      height: 100,
      dpi: 72,
      margin: 10,
    });
    const pdf = await makePdf(Array.from({ length: 11 }, () => p));
    const e = await engine.run(engineInputFor(pdf, inputs, { format: 'pdf' })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RelayError);
    expect(e).toMatchObject({ code: '0011', status: 400 });
    expect((e as RelayError).message).toMatch(/^Request body invalid\. .*11 pages; at most 10 pages/);
    expect(readdirSync(work)).toEqual([]);
  });

  it('answers 0001 when no image reached the engine', async () => {
    const input = engineInputFor(Buffer.from('x'), inputs, { format: 'png' });
    const e = await engine.run({ ...input, image: undefined }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: '0001', status: 400 });
  });

  it('on abort kills tesseract, skips queued pages and removes its temp files', async () => {
    const spy = wrapTesseract();
    const slow = createTesseractEngine({ tmpDir: work, concurrency: 1, tesseractPath: spy.path });
    const line = 'The quick brown fox jumps over the lazy dog again';
    const big = await renderTextPage({ lines: Array.from({ length: 30 }, () => line), lang: 'en' });
    const ac = new AbortController();
    const input = engineInputFor(await makePdf([big, big, big]), inputs, {
      format: 'pdf',
      lang: 'en',
      signal: ac.signal,
    });
    const pending = slow.run(input);
    // Wait until the first page's tesseract runs, then leave.
    while (!childNames().includes('tesseract')) await new Promise((r) => setTimeout(r, 20));
    ac.abort(new Error('client closed the connection'));
    await expect(pending).rejects.toThrow('client closed the connection');
    // run() settles only after every page task has: pages 2 and 3 never started tesseract.
    expect(spy.calls()).toBe(1);
    expect(childNames()).toEqual([]);
    expect(readdirSync(work)).toEqual([]);
  });

  it('never hands the relay environment (CLOVA secret) to tesseract', async () => {
    const spy = wrapTesseract();
    process.env.CLOVA_OCR_SECRET = 'never-leak-this-secret';
    try {
      const e = createTesseractEngine({ tmpDir: work, tesseractPath: spy.path });
      const out = await e.run(
        engineInputFor(await page(['Secret test']), inputs, { format: 'png', lang: 'en' }),
      );
      expect(out.status).toBe(200);
      expect(spy.env()).not.toContain('never-leak-this-secret');
      expect(spy.env()).toContain('OMP_THREAD_LIMIT=1');
      expect(JSON.stringify(out.body)).not.toContain('never-leak-this-secret');
    } finally {
      delete process.env.CLOVA_OCR_SECRET;
    }
  });
});

/** A `tesseract` that records each call and its environment, then runs the real one. */
function wrapTesseract() {
  const dir = mkdtempSync(join(root, 'wrap-'));
  const path = join(dir, 'tesseract');
  const log = join(dir, 'calls.log');
  writeFileSync(path, `#!/bin/sh\necho call >> ${log}\nenv > ${join(dir, 'env.txt')}\nexec tesseract "$@"\n`);
  chmodSync(path, 0o755);
  return {
    path,
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').length : 0),
    env: () => readFileSync(join(dir, 'env.txt'), 'utf8'),
  };
}

/** Names of this process's child processes (tesseract, pdftoppm...). */
function childNames(): string[] {
  try {
    return execFileSync('ps', ['-o', 'comm=', '--ppid', String(process.pid)])
      .toString()
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s && s !== 'ps');
  } catch {
    return []; // ps exits 1 when there is no child
  }
}
