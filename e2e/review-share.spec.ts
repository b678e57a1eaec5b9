import { test, expect } from './support/test.ts';
import { clickableWords, readFixture } from './support/fixtures.ts';
import { twoPageResponse } from './support/review.ts';
import { clickWorld, openApp, openFiles } from './support/app.ts';

test('page, zoom, layers, thresholds, filter and selection live in the URL and come back on reload', async ({
  page,
}) => {
  const file = { name: 'two-pages.json', mimeType: 'application/json', buffer: twoPageResponse() };
  await openApp(page);
  await openFiles(page, [file]);
  await expect(page.getByTestId('thumbnails').locator('li')).toHaveCount(2);

  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => window.ocrInspector.currentPage())).toBe(1);
  await page.keyboard.press('l');
  await page.keyboard.press('t');
  await page.getByTestId('threshold-low').fill('70');
  // Out of the number field, so + zooms the page instead of typing into it.
  await page.getByTestId('threshold-low').blur();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  const { json } = readFixture('receipt-kingmart.v2.json');
  const [word] = clickableWords(json.images[0].fields!, { width: 720, height: 960 }, 1);
  await clickWorld(page, 1, word.c.x, word.c.y);
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toHaveAttribute('data-kind', 'word');
  const id = await inspector.getAttribute('data-id');
  await page.keyboard.press('d');

  // Written once things settle (debounced), then the URL carries the view.
  await expect.poll(() => new URL(page.url()).hash).toContain('below=0.7');
  const hash = new URL(page.url()).hash;
  expect(hash).toContain('page=2');
  expect(hash).toContain('layers=words,lines');
  expect(hash).toContain('low=0.7');
  expect(hash).toContain(`sel=word:${id}`);
  expect(hash).toMatch(/zoom=[\d.]+/);
  const scale = await page.getByTestId('overlay').getAttribute('data-scale');
  const view = await page.evaluate(() => location.hash);

  await page.reload();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await openFiles(page, [file]);
  await expect.poll(() => page.evaluate(() => window.ocrInspector.currentPage())).toBe(1);
  await expect(page.getByTestId('overlay')).toHaveAttribute('data-scale', scale!);
  await expect(page.getByTestId('layer-lines')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('layer-tables')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('threshold-low')).toHaveValue('70');
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-kind', 'word');
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-id', id!);
  await page.getByTestId('tab-review').click();
  await expect(page.getByTestId('filter-doubtful')).toBeChecked();
  await expect(page.getByTestId('filter-below')).toHaveValue('70');
  // And the URL still says the same thing.
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(view);
});
