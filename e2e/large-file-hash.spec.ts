import { test, expect } from './support/test.ts';
import { PAGE_LINES, textPage } from './support/documents.ts';
import { openApp, openFiles } from './support/app.ts';

const MB = 1024 * 1024;

/** A PNG followed by zeros up to `size` bytes: decoders stop at IEND, so it is the same picture. */
function padded(png: Buffer, size: number): Buffer {
  const out = Buffer.alloc(size);
  png.copy(out);
  return out;
}

/**
 * Files over 2 MB are read and hashed in a worker, off the main thread. The hash is the key of
 * cached runs, so: the same bytes opened again answer Run from the cache, and bytes that differ
 * only far past the picture (in the part only the hash reads) make a new call.
 */
test('a large file is hashed in a worker: same bytes reuse the run, other bytes do not', async ({ page }) => {
  test.setTimeout(120_000);
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/ocr/general')) calls.push(r.url());
  });
  const png = await textPage(PAGE_LINES[0]);
  const file = { name: 'letter.png', mimeType: 'image/png', buffer: padded(png, 3 * MB) };
  await openApp(page);
  await openFiles(page, [file]);
  await page.getByTestId('lang-en').click();
  const statsEl = page.getByTestId('doc-stats');

  const run = async () => {
    await page.getByTestId('run-ocr').click();
    await expect(statsEl).toHaveAttribute('data-response-version', 'V2');
    await expect(page.getByTestId('run-ocr')).toBeVisible();
  };
  await run();
  expect(calls).toHaveLength(1);
  const words = Number(await statsEl.getAttribute('data-words'));
  expect(words).toBeGreaterThan(0);

  // The same bytes again, as a new pick: their hash finds the run.
  await openFiles(page, [{ ...file, buffer: padded(png, 3 * MB) }]);
  await run();
  await expect(statsEl).toHaveAttribute('data-words', String(words));
  expect(calls).toHaveLength(1);

  // One byte different at the very end: another document to the cache, so another call.
  const other = padded(png, 3 * MB);
  other[other.length - 1] = 1;
  await openFiles(page, [{ ...file, buffer: other }]);
  await run();
  expect(calls).toHaveLength(2);
  await expect(page.getByTestId('error-banner')).toBeEmpty();
});
