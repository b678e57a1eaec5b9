import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dpiForPage, rasterisePdfPage } from './pdfPage.ts';
import { MAX_PAGE_PIXELS, PDF_DPI } from './limits.ts';
import { makePdf, renderTextPage } from '../../../../../test/support/documents.ts';

const dir = mkdtempSync(join(tmpdir(), 'pdf-page-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dpiForPage', () => {
  it('uses PDF_DPI for ordinary pages and when the size is unknown', () => {
    expect(dpiForPage({ width: 595, height: 842 })).toBe(PDF_DPI);
    expect(dpiForPage(undefined)).toBe(PDF_DPI);
  });
  it('lowers the dpi so a huge page stays under the pixel cap', () => {
    const poster = { width: 72 * 40, height: 72 * 60 }; // 40 x 60 inches
    const dpi = dpiForPage(poster);
    expect(dpi).toBeLessThan(PDF_DPI);
    expect(40 * dpi * 60 * dpi).toBeLessThanOrEqual(MAX_PAGE_PIXELS);
    expect(40 * (dpi + 1) * 60 * (dpi + 1)).toBeGreaterThan(MAX_PAGE_PIXELS);
  });
});

describe('rasterisePdfPage', () => {
  it('renders the asked page at the asked dpi', async () => {
    const a = await renderTextPage({ lines: ['one'], lang: 'en', width: 600, height: 300, dpi: 150 });
    const b = await renderTextPage({ lines: ['two'], lang: 'en', width: 450, height: 300, dpi: 150 });
    const pdf = join(dir, 'two.pdf');
    writeFileSync(pdf, await makePdf([a, b]));
    // The second page is 3 x 2 inches: 600 x 400 px at 200 dpi.
    const page = await rasterisePdfPage(pdf, 1, 200, dir);
    expect(page).toMatchObject({ width: 600, height: 400, dpi: 200 });
    expect(page.path.endsWith('.pgm')).toBe(true);
  });
});
