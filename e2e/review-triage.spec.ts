import { test, expect } from './support/test.ts';
import { colouredPixels } from './support/documents.ts';
import { openFixture, twoPageResponse } from './support/review.ts';
import type { Response } from './support/fixtures.ts';
import { openApp, openFiles } from './support/app.ts';

/** Triage by confidence on a real CLOVA receipt: counts, the doubtful-only filter, n / Shift+n. */
test('receipt-kingmart: doubtful words are counted, filtered and walked with n / Shift+n', async ({
  page,
}) => {
  const json = await openFixture(page, 'receipt-kingmart.v2.json');
  const fields = json.images[0].fields!;
  const threshold = 0.99;
  const doubtful = fields.filter((f) => f.inferConfidence < threshold).map((f) => f.inferText);
  expect(doubtful.length).toBeGreaterThan(2);

  await page.getByTestId('tab-review').click();
  await expect(page.getByTestId('histogram-document')).toHaveAttribute('data-total', String(fields.length));
  await expect(page.getByTestId('histogram-page')).toHaveAttribute('data-total', String(fields.length));
  await page.getByTestId('filter-below').fill('99');
  const count = page.getByTestId('doubtful-count');
  await expect(count).toHaveAttribute('data-document', String(doubtful.length));
  await expect(count).toHaveAttribute('data-page', String(doubtful.length));
  await expect(page.locator('[data-testid="thumbnails"] li[data-page="0"]')).toHaveAttribute(
    'data-doubtful',
    String(doubtful.length),
  );

  // The filter hides the confident words: fewer coloured box pixels on the canvas (the doubtful
  // ones here are the big boxes, so the drop is well short of 65/73).
  const overlay = page.getByTestId('overlay');
  await page.mouse.move(5, 5);
  const before = await colouredPixels(await overlay.screenshot());
  await page.getByTestId('filter-doubtful').check();
  await expect.poll(async () => colouredPixels(await overlay.screenshot())).toBeLessThan(before * 0.8);
  await expect.poll(async () => colouredPixels(await overlay.screenshot())).toBeGreaterThan(0);
  await page.getByTestId('overlay').screenshot({ path: 'test-results/review-triage-filter.png' });

  // n walks every doubtful word in reading order and wraps; Shift+n walks back.
  await page.getByTestId('overlay').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Escape');
  const inspector = page.getByTestId('inspector-text');
  const seen: string[] = [];
  for (let i = 0; i < doubtful.length; i++) {
    await page.keyboard.press('n');
    await page.getByTestId('tab-inspector').click();
    await expect(page.getByTestId('inspector')).toHaveAttribute('data-kind', 'word');
    seen.push(((await inspector.textContent()) ?? '').trim());
  }
  expect(seen).toEqual(doubtful);
  const lastId = await page.getByTestId('inspector').getAttribute('data-id');
  await page.keyboard.press('n');
  await expect(inspector).toHaveText(doubtful[0]);
  await page.keyboard.press('Shift+N');
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-id', lastId!);
  await expect(inspector).toHaveText(doubtful[doubtful.length - 1]);
  // The view follows: the selected word is zoomed to a readable size.
  expect(Number(await overlay.getAttribute('data-scale'))).toBeGreaterThan(0.5);

  await page.getByTestId('tab-review').click();
  await page.screenshot({ path: 'test-results/review-triage.png' });
});

test('n and search cross pages: the view moves to the page of the next doubtful word or match', async ({
  page,
}) => {
  const json = JSON.parse(twoPageResponse().toString('utf8')) as Response;
  const fields = json.images[0].fields!;
  const doubtful = fields.filter((f) => f.inferConfidence < 0.99).map((f) => f.inferText);
  await openApp(page);
  await openFiles(page, [
    { name: 'two-pages.json', mimeType: 'application/json', buffer: twoPageResponse() },
  ]);
  await page.getByTestId('tab-review').click();
  await page.getByTestId('filter-below').fill('99');
  await expect(page.getByTestId('doubtful-count')).toHaveAttribute(
    'data-document',
    String(2 * doubtful.length),
  );
  await expect(page.locator('[data-testid="thumbnails"] li[data-page="1"]')).toHaveAttribute(
    'data-doubtful',
    String(doubtful.length),
  );
  await page.getByTestId('filter-below').blur();

  const current = () => page.evaluate(() => window.ocrInspector.currentPage());
  for (let i = 0; i < doubtful.length; i++) await page.keyboard.press('n');
  expect(await current()).toBe(0);
  await page.keyboard.press('n');
  await expect.poll(current).toBe(1);
  await page.getByTestId('tab-inspector').click();
  await expect(page.getByTestId('inspector-text')).toHaveText(doubtful[0]);
  await page.keyboard.press('Shift+N');
  await expect.poll(current).toBe(0);
  await expect(page.getByTestId('inspector-text')).toHaveText(doubtful[doubtful.length - 1]);

  // Search counts both pages; stepping past the last match of page 1 shows page 2.
  await page.keyboard.press('Control+f');
  await page.getByTestId('search-input').fill('킹마트');
  const perPage = fields.filter((f) => f.inferText.includes('킹마트')).length;
  await expect(page.getByTestId('search-count')).toHaveAttribute('data-count', String(2 * perPage));
  for (let i = 0; i < perPage; i++) await page.getByTestId('search-input').press('Enter');
  await expect.poll(current).toBe(1);
});
