import { test, expect } from './support/test.ts';
import { longTextPage } from './support/documents.ts';
import { openApp, openFiles } from './support/app.ts';

/** A run shows its phase and can be cancelled; a cancelled run leaves no result and no error behind. */
test('a run in progress can be cancelled', async ({ page }) => {
  await openApp(page);
  // Long enough to read that the run is still going when Cancel is clicked, however busy the machine.
  await openFiles(page, [{ name: 'memo.png', mimeType: 'image/png', buffer: await longTextPage() }]);
  const aborted = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/api/ocr/general'));
  await page.getByTestId('run-ocr').click();
  const progress = page.getByTestId('run-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('data-phase', /uploading|recognising/);
  await page.getByTestId('cancel-run').click();
  await aborted;
  await expect(page.getByTestId('run-ocr')).toBeVisible();
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-origin', '');
  await expect(page.getByTestId('error-banner').locator('[role="alert"]')).toHaveCount(0);
});
