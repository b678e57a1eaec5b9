import { expect, test } from './support/test.ts';
import { syntheticResponse } from '../bench/synthetic.ts';
import { openApp, openFiles, stats } from './support/app.ts';

// A 4 MB, 10-page, 20,000-word response: page 1 is parsed and drawn first, then the whole.
test('a large saved response shows page 1 first, then all its pages, words and JSON', async ({ page }) => {
  const response = syntheticResponse();
  await openApp(page);
  await openFiles(page, [
    { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(response)) },
  ]);
  await expect(page.getByTestId('thumbnails').locator('[data-page]')).toHaveCount(10);
  await expect.poll(async () => Number((await stats(page)).words)).toBe(20_000);
  const s = await stats(page);
  expect(Number(s.pages)).toBe(10);
  expect(Number(s.cells)).toBeGreaterThanOrEqual(300);
  // The JSON tab holds the whole response, not the page-1 cut it started from.
  await page.getByRole('tab', { name: 'JSON' }).click();
  const last = (response.images[9] as { uid: string }).uid;
  await expect(page.getByRole('tabpanel', { name: 'JSON' })).toContainText(last);
  // Page 10 came with the whole and draws like page 1.
  await page.evaluate(() => window.ocrInspector.goToPage(9));
  await expect(page.getByTestId('overlay')).toHaveAttribute('data-page', '9');
  await expect(page.getByTestId('overlay')).toHaveAttribute('aria-label', /Page 10 of 10/);
});
