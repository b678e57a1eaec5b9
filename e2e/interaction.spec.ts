import type { Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { blankPng, centroid, readFixture } from './support/fixtures.ts';
import { openApp, toScreen } from './support/app.ts';

/** Files handed to the page as a DataTransfer, as a drop or a paste would. */
async function dispatchFiles(
  page: Page,
  kind: 'drop' | 'paste',
  files: { name: string; type: string; data: Buffer }[],
) {
  await page.evaluate(
    ({ kind, files }) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: f.type }));
      }
      if (kind === 'paste') {
        window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
        return;
      }
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
    },
    { kind, files: files.map((f) => ({ name: f.name, type: f.type, b64: f.data.toString('base64') })) },
  );
}

test('a response and its page dropped together open as one; a pasted response replaces them', async ({
  page,
}) => {
  const king = readFixture('receipt-kingmart.v2.json');
  await openApp(page);
  await dispatchFiles(page, 'drop', [
    { name: 'receipt.json', type: 'application/json', data: king.bytes },
    { name: 'receipt.png', type: 'image/png', data: await blankPng({ width: 720, height: 960 }) },
  ]);
  const stats = page.getByTestId('doc-stats');
  await expect(stats).toHaveAttribute('data-words', '73');
  await expect(page.getByTestId('file-name')).toContainText('receipt.png');
  await expect(page.getByTestId('file-name')).toContainText('receipt.json');

  const kbo = readFixture('table-kbo.v2.json');
  await dispatchFiles(page, 'paste', [{ name: 'kbo.json', type: 'application/json', data: kbo.bytes }]);
  await expect(stats).toHaveAttribute('data-cells', '16');
  // On its own, the response is drawn on a blank page of its convertedImageInfo size.
  await page.getByTestId('tab-inspector').click();
  await expect(page.getByTestId('inspector')).toContainText('595 × 842');
});

test('text panel and canvas highlight each other, and zoom follows the cursor and the keys', async ({
  page,
}) => {
  const { json, bytes } = readFixture('receipt-kingmart.v2.json');
  await openApp(page);
  await page
    .getByTestId('file-input')
    .setInputFiles([{ name: 'r.json', mimeType: 'application/json', buffer: bytes }]);
  await page.getByTestId('tab-text').click();
  const panel = page.getByTestId('text-panel');
  const fields = json.images[0].fields!;

  // Canvas hover → the word is highlighted in the text.
  const w = 5;
  const c = centroid(fields[w].boundingPoly.vertices);
  const s = await toScreen(page, 0, c.x, c.y);
  await page.mouse.move(s.x, s.y);
  await expect(panel.locator(`[data-target-kind="word"][data-target-id="${w}"]`)).toHaveClass(/hovered/);
  await expect(page.getByTestId('tooltip')).toContainText(fields[w].inferText);

  // Text click → selected there and in the inspector.
  const other = panel.locator('[data-target-kind="word"][data-target-id="40"]');
  await other.click();
  await expect(other).toHaveClass(/selected/);
  await page.getByTestId('tab-inspector').click();
  await expect(page.getByTestId('inspector-text')).toHaveText(fields[40].inferText);

  // Wheel zoom keeps the point under the cursor where it is.
  const overlay = page.getByTestId('overlay');
  const before = Number(await overlay.getAttribute('data-scale'));
  await page.mouse.move(s.x, s.y);
  await page.mouse.wheel(0, -400);
  await expect
    .poll(async () => Number(await overlay.getAttribute('data-scale')))
    .toBeGreaterThan(before * 1.3);
  const after = await toScreen(page, 0, c.x, c.y);
  expect(Math.abs(after.x - s.x)).toBeLessThan(1.5);
  expect(Math.abs(after.y - s.y)).toBeLessThan(1.5);

  // Keys: 0 fits the page again, + zooms in, Escape clears the selection.
  await page.keyboard.press('0');
  await expect.poll(async () => Number(await overlay.getAttribute('data-scale'))).toBeCloseTo(before, 3);
  await page.keyboard.press('+');
  await expect.poll(async () => Number(await overlay.getAttribute('data-scale'))).toBeGreaterThan(before);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-kind', '');
});
