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
  const statsEl = page.getByTestId('doc-stats');
  // Each pick has its own name, so the test waits for that document, not the one still shown.
  const open = async (name: string, buffer: Buffer) => {
    await openFiles(page, [{ name, mimeType: 'image/png', buffer }]);
    await expect(page.getByTestId('file-name')).toHaveText(name);
  };
  const run = async () => {
    await page.getByTestId('run-ocr').click();
    await expect(statsEl).toHaveAttribute('data-response-version', 'V2');
    await expect(page.getByTestId('run-ocr')).toBeVisible();
  };

  await openApp(page);
  await open('letter.png', padded(png, 3 * MB));
  await page.getByTestId('lang-en').click();
  await run();
  expect(calls).toHaveLength(1);
  const words = await statsEl.getAttribute('data-words');
  expect(Number(words)).toBeGreaterThan(0);

  // The same bytes again, under another name: their hash finds the run.
  await open('letter-again.png', padded(png, 3 * MB));
  await run();
  await expect(statsEl).toHaveAttribute('data-words', words ?? '');
  expect(calls).toHaveLength(1);

  // One byte different at the very end: another document to the cache, so another call.
  const other = padded(png, 3 * MB);
  other[other.length - 1] = 1;
  await open('letter-changed.png', other);
  await expect(statsEl).not.toHaveAttribute('data-response-version', 'V2');
  await run();
  expect(calls).toHaveLength(2);
  await expect(page.getByTestId('error-banner')).toBeEmpty();
});
