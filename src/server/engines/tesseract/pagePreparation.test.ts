import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { RunLine } from './cjkRuns.ts';
import { preparePage, type PreparationOptions } from './pagePreparation.ts';
import { recognisePage } from './recognisePage.ts';
import { renderTextPage } from '../../../../test/support/documents.ts';
import { sampleLines } from '../../../../test/support/sampleText.ts';
import { RULED_TABLE_PAGES, renderRuledTablePage } from '../../../../test/support/tables/ruledTablePages.ts';

const root = mkdtempSync(join(tmpdir(), 'page-preparation-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A page file in a work dir of its own, as the engine lays them out. */
async function pageFile(png: Buffer) {
  const workDir = join(root, `req-${++n}`);
  mkdirSync(workDir);
  const path = join(workDir, 'page.png');
  writeFileSync(path, png);
  const meta = await sharp(png).metadata();
  return { page: { path, width: meta.width!, height: meta.height! }, workDir };
}

const options = (workDir: string, signal = new AbortController().signal): PreparationOptions => ({
  tesseractPath: 'tesseract',
  langs: ['kor'],
  workDir,
  pageIndex: 0,
  signal,
  lineDetector: 'auto',
  warn: () => undefined,
});

/** tesseract processes working in `dir` (their arguments name files there). */
const tesseractsIn = (dir: string) =>
  execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.startsWith('tesseract') && line.includes(dir));

const text = (lines: RunLine[]) => lines.map((l) => l.runs.map((r) => r.text).join(' ')).join('\n');

describe('preparePage: reading a plain page while preprocessing runs', () => {
  it('starts the read of a clean page with readable text, and it is the read of the page as it is', async () => {
    const png = await renderTextPage({ lines: sampleLines('ko'), lang: 'ko', height: 1000 });
    const { page, workDir } = await pageFile(png);
    const { prepared, early } = await preparePage(page, options(workDir));
    expect(prepared.decision).toBe('unchanged');
    expect(prepared.path).toBe(page.path);
    expect(early).toBeDefined();
    const asIs = await recognisePage(page, { ...options(workDir), pageIndex: 1 });
    expect(text(await early!)).toBe(text(asIs));
    expect(text(asIs)).toContain(sampleLines('ko')[0]);
  });

  it('drops the read when the rules are painted out, and tesseract has exited when it returns', async () => {
    const ruled = RULED_TABLE_PAGES.find((p) => p.name === 'plain')!;
    const { page, workDir } = await pageFile(await renderRuledTablePage(ruled, 200));
    const { prepared, early } = await preparePage(page, options(workDir));
    expect(prepared.rulesRemoved).toBeGreaterThan(0);
    expect(prepared.path).not.toBe(page.path);
    expect(early).toBeUndefined();
    expect(tesseractsIn(workDir)).toEqual([]);
  });

  it('does not start it for small text, which is read from an enlarged copy', async () => {
    const png = await renderTextPage({
      lines: sampleLines('ko'),
      lang: 'ko',
      dpi: 72,
      fontSize: 10,
      width: 600,
      height: 200,
      margin: 20,
    });
    const { page, workDir } = await pageFile(png);
    const { prepared, early } = await preparePage(page, options(workDir));
    expect(prepared.decision).toBe('upscaled');
    expect(early).toBeUndefined();
    expect(tesseractsIn(workDir)).toEqual([]);
  });

  it('answers a request cancelled during preprocessing with its reason, leaving no tesseract behind', async () => {
    const png = await renderTextPage({ lines: sampleLines('ko'), lang: 'ko', height: 1000 });
    const { page, workDir } = await pageFile(png);
    const ac = new AbortController();
    const pending = preparePage(page, options(workDir, ac.signal));
    ac.abort(new Error('client left'));
    await expect(pending).rejects.toThrow('client left');
    expect(tesseractsIn(workDir)).toEqual([]);
  });
});
