import { test, expect } from './support/test.ts';
import { openApp, stats } from './support/app.ts';

/** The samples gallery: each generated document opens in one click and runs on the embedded engine. */
const EXPECT: Record<string, { pages: number; tables?: boolean }> = {
  'ko-receipt': { pages: 1 },
  'ja-page': { pages: 1 },
  'zh-tw-page': { pages: 1 },
  'ruled-table': { pages: 1, tables: true },
  'pdf-3-pages': { pages: 3 },
  'tiff-2-pages': { pages: 2 },
};

for (const [id, want] of Object.entries(EXPECT)) {
  test(`sample ${id} opens from the gallery with an overlay`, async ({ page }) => {
    const runs: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/ocr/general')) runs.push(r.headers()['x-ocr-engine'] ?? '');
    });
    await openApp(page);
    if (id === 'ko-receipt') await page.screenshot({ path: 'test-results/samples-gallery.png' });
    await page.getByTestId(`sample-${id}`).click();
    await expect(page.getByTestId('overlay')).toBeVisible();
    await expect(page.getByTestId('thumbnails').locator('[data-page]')).toHaveCount(want.pages);
    await expect.poll(async () => Number((await stats(page)).words), { timeout: 60_000 }).toBeGreaterThan(3);
    const s = await stats(page);
    expect(s.origin).toBe('run');
    expect(Number(s.pages)).toBe(want.pages);
    expect(runs).toEqual(['tesseract']);
    if (want.tables) {
      expect(Number(s.tables)).toBeGreaterThanOrEqual(1);
      expect(Number(s.cells)).toBeGreaterThanOrEqual(8);
    }
    if (id === 'ruled-table') await page.screenshot({ path: 'test-results/sample-ruled-table.png' });
    // A shared link names the sample.
    expect(new URL(page.url()).searchParams.get('sample')).toBe(id);
  });
}

test('the toolbar menu opens a sample too, and a ?sample= link reopens it with no click', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('samples-menu').click();
  await page.getByRole('banner').getByTestId('sample-ja-page').click();
  await expect.poll(async () => Number((await stats(page)).words), { timeout: 60_000 }).toBeGreaterThan(3);
  // Zoom in; the review workflow writes the view into the URL hash beside ?sample=.
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  const scale = await page.getByTestId('overlay').getAttribute('data-scale');
  await expect.poll(() => new URL(page.url()).hash).toContain('zoom=');
  const link = page.url();
  expect(link).toContain('sample=ja-page');

  const fresh = await page.context().newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('file-name')).toHaveText('ja-page.png');
  await expect.poll(async () => Number((await stats(fresh)).words), { timeout: 60_000 }).toBeGreaterThan(3);
  await expect(fresh.getByTestId('overlay')).toHaveAttribute('data-scale', scale!);
  await fresh.close();
});
