import { test, expect } from './support/test.ts';
import { makePdf, renderTextPage } from '../test/support/documents.ts';
import type { Response } from './support/fixtures.ts';
import { openApp, openFiles } from './support/app.ts';

/**
 * A PDF over CLOVA's 10-page limit asks which pages to send; only those are sent, and the answer's
 * pages land on the right document pages.
 */
test('a 12-page PDF asks for a range and maps the result back onto those pages', async ({ page }) => {
  test.setTimeout(120_000);
  const pages = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      renderTextPage({
        lines: [`This is page number ${i + 1}`],
        lang: 'en',
        width: 700,
        height: 260,
        dpi: 150,
        fontSize: 14,
      }),
    ),
  );
  await openApp(page);
  await openFiles(page, [{ name: 'long.pdf', mimeType: 'application/pdf', buffer: await makePdf(pages) }]);
  await expect(page.getByTestId('thumbnails').locator('li')).toHaveCount(12);
  await page.getByTestId('lang-en').click();

  await page.getByTestId('run-ocr').click();
  const dialog = page.getByTestId('range-dialog');
  await expect(dialog).toBeVisible();
  // More than 10 pages cannot be sent.
  await page.getByTestId('range-from').fill('1');
  await page.getByTestId('range-to').fill('12');
  await expect(page.getByTestId('range-ok')).toBeDisabled();

  await page.getByTestId('range-from').fill('11');
  await page.getByTestId('range-to').fill('12');
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/ocr/general'));
  await page.getByTestId('range-ok').click();
  const json = (await (await answer).json()) as Response;
  expect(json.images).toHaveLength(2);

  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-origin', 'run');
  const thumbs = page.getByTestId('thumbnails').locator('li');
  for (let i = 0; i < 10; i++) await expect(thumbs.nth(i)).toHaveAttribute('data-result', '');
  for (const [k, i] of [10, 11].entries()) {
    await expect(thumbs.nth(i)).toHaveAttribute('data-result', 'SUCCESS');
    await expect(thumbs.nth(i)).toHaveAttribute('data-words', String(json.images[k].fields?.length ?? 0));
  }
  await page.evaluate(() => window.ocrInspector.goToPage(11));
  await page.getByTestId('tab-text').click();
  // Page 12's own text, so the answer's first page landed on document page 12 (not page 1).
  await expect(page.getByTestId('text-panel')).toContainText('12');
});
