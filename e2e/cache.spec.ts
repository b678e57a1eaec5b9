import { test, expect } from './support/test.ts';
import { PAGE_LINES, textPage } from './support/documents.ts';
import { openApp, openFiles } from './support/app.ts';

/**
 * Runs are cached per (file hash, options): switching options back and forth shows the earlier
 * results at once and sends nothing more to the relay.
 */
test('switching options back and forth makes no second call', async ({ page }) => {
  test.setTimeout(120_000);
  // Counted at the network level: every POST to the relay, whatever answers it.
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/ocr/general')) calls.push(r.url());
  });
  await openApp(page);
  await openFiles(page, [
    { name: 'letter.png', mimeType: 'image/png', buffer: await textPage(PAGE_LINES[0]) },
  ]);
  await page.getByTestId('lang-en').click();
  const statsEl = page.getByTestId('doc-stats');

  const runAndWait = async (version: 'V1' | 'V2') => {
    await page.getByTestId('run-ocr').click();
    await expect(statsEl).toHaveAttribute('data-response-version', version);
    await expect(page.getByTestId('run-ocr')).toBeVisible();
  };

  await page.getByTestId('version-V2').click();
  await runAndWait('V2');
  expect(calls).toHaveLength(1);
  const wordsV2 = await statsEl.getAttribute('data-words');

  await page.getByTestId('version-V1').click();
  await runAndWait('V1');
  expect(calls).toHaveLength(2);

  // Back and forth: each earlier combination is shown at once, from the cache.
  for (const v of ['V2', 'V1', 'V2'] as const) {
    await page.getByTestId(`version-${v}`).click();
    await expect(statsEl).toHaveAttribute('data-response-version', v);
  }
  await expect(statsEl).toHaveAttribute('data-words', wordsV2 ?? '');
  // Run on a cached combination answers from the cache too.
  await page.getByTestId('run-ocr').click();
  await expect(statsEl).toHaveAttribute('data-response-version', 'V2');

  // A combination never run keeps the last result on screen, marked as from other options, and calls nothing until Run.
  await page.getByTestId('lang-ja').click();
  await expect(page.getByTestId('error-banner')).toContainText('other options');
  await page.getByTestId('lang-ja').click();
  await expect(page.getByTestId('error-banner')).not.toContainText('other options');

  await page.waitForTimeout(300);
  expect(calls).toHaveLength(2);
});
