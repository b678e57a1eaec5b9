import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preparePageForOcr, type PreparedPage } from './preprocess/index.ts';
import { cer } from '../../../model/review/metrics.ts';
import { renderTextPage } from '../../../../test/support/documents.ts';
import { sampleLines } from '../../../../test/support/sampleText.ts';
import type { RunLine } from './cjkRuns.ts';
import { recognisePreparedPage } from './preparedPage.ts';

const dir = mkdtempSync(join(tmpdir(), 'prepared-page-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const opts = (pageIndex: number) => ({
  tesseractPath: 'tesseract',
  langs: ['kor'],
  workDir: dir,
  pageIndex,
  signal: new AbortController().signal,
});
const text = (lines: RunLine[]) => lines.map((l) => l.runs.map((r) => r.text).join(' ')).join('\n');

describe('recognisePreparedPage on a clean page with small text (72 dpi, 10 pt)', () => {
  const lines = sampleLines('ko');
  const page = { path: join(dir, 'small.png'), width: 600, height: 200 };
  let prepared: PreparedPage;
  let upscaled: RunLine[];
  let asIs: RunLine[];
  beforeAll(async () => {
    writeFileSync(
      page.path,
      await renderTextPage({ lines, lang: 'ko', dpi: 72, fontSize: 10, ...page, margin: 20 }),
    );
    prepared = await preparePageForOcr(page.path, dir);
    upscaled = await recognisePreparedPage(page, prepared, opts(0));
    asIs = await recognisePreparedPage(
      page,
      { ...prepared, decision: 'unchanged', path: page.path, scale: 1 },
      opts(1),
    );
  });

  it('is read from an enlarged copy, better than as it is', () => {
    expect(prepared.decision).toBe('upscaled');
    expect(prepared.scale).toBeGreaterThan(1.5);
    const expected = lines.join('\n');
    expect(cer(expected, text(upscaled))).toBeLessThan(cer(expected, text(asIs)));
    expect(cer(expected, text(upscaled))).toBeLessThan(0.1);
  });

  it("answers boxes in the page's own pixels", () => {
    const runs = upscaled.flatMap((l) => l.runs);
    for (const r of runs) {
      expect(r.poly).toBeUndefined();
      expect(r.box.x0).toBeGreaterThanOrEqual(15);
      expect(r.box.x1).toBeLessThanOrEqual(page.width);
      expect(r.box.y1).toBeLessThanOrEqual(page.height);
    }
    // 10 pt at 72 dpi: a Hangul line is about 10-14 px tall here, not scale times that.
    const h = upscaled[0].box.y1 - upscaled[0].box.y0;
    expect(h).toBeGreaterThan(7);
    expect(h).toBeLessThan(20);
  });
});
