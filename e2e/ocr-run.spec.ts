import type { Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { clickableWords } from './support/fixtures.ts';
import type { Response } from './support/fixtures.ts';
import { colouredPixels, twoPagePdf, twoPageTiff } from './support/documents.ts';
import { clickWorld, openApp, openFiles, stats } from './support/app.ts';

/**
 * Multi-page documents through the relay's embedded engine: every page gets its boxes, drawn on
 * the canvas and clickable, matched to the document page by convertedImageInfo.pageIndex.
 */
const cases = [
  { name: 'scan.pdf', mimeType: 'application/pdf', make: twoPagePdf },
  { name: 'scan.tiff', mimeType: 'image/tiff', make: twoPageTiff },
];

for (const c of cases) {
  test(`a 2-page ${c.name.split('.')[1].toUpperCase()} runs through the embedded engine with an overlay on every page`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openApp(page);
    await openFiles(page, [{ name: c.name, mimeType: c.mimeType, buffer: await c.make() }]);
    await expect(page.getByTestId('thumbnails').locator('li')).toHaveCount(2);
    await expect(page.getByTestId('engine-select')).toHaveValue('tesseract');
    await page.getByTestId('lang-en').click();

    const answer = page.waitForResponse(
      (r) => r.url().endsWith('/api/ocr/general') && r.request().method() === 'POST',
    );
    await page.getByTestId('run-ocr').click();
    await expect(page.getByTestId('run-progress')).toBeVisible();
    const res = await answer;
    expect(res.status()).toBe(200);
    const json = (await res.json()) as Response;
    expect(json.images).toHaveLength(2);

    await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-origin', 'run');
    const total = json.images.reduce((n, i) => n + (i.fields?.length ?? 0), 0);
    expect(Number((await stats(page)).words)).toBe(total);
    expect(Number((await stats(page)).pages)).toBe(2);

    for (const img of json.images) {
      const pageIndex = img.convertedImageInfo?.pageIndex ?? json.images.indexOf(img);
      await page.evaluate((i) => window.ocrInspector.goToPage(i), pageIndex);
      await expect(page.getByTestId('overlay')).toHaveAttribute('data-page', String(pageIndex));
      const fields = img.fields ?? [];
      expect(fields.length, `words on page ${pageIndex + 1}`).toBeGreaterThan(0);
      await expect(page.getByTestId(`thumb-${pageIndex}`).locator('..')).toHaveAttribute(
        'data-words',
        String(fields.length),
      );
      expect(await overlayPixels(page), `overlay drawn on page ${pageIndex + 1}`).toBeGreaterThan(200);

      const size = img.convertedImageInfo ?? { width: 1e9, height: 1e9 };
      const [target] = clickableWords(fields, size, 1);
      await clickWorld(page, pageIndex, target.c.x, target.c.y);
      await expect(page.getByTestId('inspector')).toHaveAttribute('data-kind', 'word');
      await expect(page.getByTestId('inspector-text')).toHaveText(target.f.inferText);
    }
  });
}

async function overlayPixels(page: Page): Promise<number> {
  await page.mouse.move(0, 0);
  return colouredPixels(await page.getByTestId('overlay').screenshot());
}
