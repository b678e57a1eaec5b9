import { readFileSync } from 'node:fs';
import { test, expect } from './support/test.ts';
import { openApp, stats } from './support/app.ts';

/**
 * Session files: two real runs (V2 then V1) of a generated sample, compared; the saved session
 * reopens in a fresh page on the same document, runs, comparison and zoom, with no OCR call.
 */
test('save a session and reopen it in a fresh page with no OCR call', async ({ page, context }) => {
  await openApp(page);
  await page.getByTestId('sample-ko-receipt').click();
  await expect.poll(async () => Number((await stats(page)).words), { timeout: 60_000 }).toBeGreaterThan(3);
  await page.getByTestId('version-V1').click();
  await page.getByTestId('run-ocr').click();
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-response-version', 'V1');
  const before = await stats(page);

  await page.keyboard.press('c');
  const view = page.getByTestId('compare-view');
  await expect(view).toHaveAttribute('data-same', /\d+/);
  const counts = await view.evaluate((e) => ({ ...(e as HTMLElement).dataset }) as Record<string, string>);
  const stage = page.getByTestId('compare-stage-a');
  const box = (await stage.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => Number(await stage.getAttribute('data-scale'))).toBeGreaterThan(0);
  await page.waitForTimeout(100);
  const scale = await stage.getAttribute('data-scale');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('save-session').click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('ko-receipt.ocrsession.json');
  const path = await file.path();
  const json = JSON.parse(readFileSync(path, 'utf8')) as { runs: unknown[]; document: { name: string } };
  expect(json.runs).toHaveLength(2);
  expect(json.document.name).toBe('ko-receipt.png');

  const fresh = await context.newPage();
  const ocrCalls: string[] = [];
  fresh.on('request', (r) => {
    if (r.url().includes('/api/ocr/')) ocrCalls.push(r.url());
  });
  await openApp(fresh);
  await fresh.getByTestId('file-input').setInputFiles(path);
  await expect(fresh.getByTestId('file-name')).toHaveText('ko-receipt.png');
  // Compare comes back with the same pair and counts, and the same zoom.
  const again = fresh.getByTestId('compare-view');
  await expect(again).toHaveAttribute('data-same', counts.same);
  await expect(again).toHaveAttribute('data-changed', counts.changed);
  await expect(again).toHaveAttribute('data-missing', counts.missing);
  await expect(again).toHaveAttribute('data-extra', counts.extra);
  await expect(fresh.getByTestId('compare-stage-b')).toHaveAttribute('data-scale', scale!);
  // Back on the page: run A (V2, the first run) is shown; asking for V1 again is a cache hit
  // with the same stats as before saving.
  await fresh.getByTestId('compare-close').click();
  await expect(fresh.getByTestId('doc-stats')).toHaveAttribute('data-response-version', 'V2');
  await fresh.getByTestId('version-V1').click();
  await fresh.getByTestId('run-ocr').click();
  await expect(fresh.getByTestId('doc-stats')).toHaveAttribute('data-response-version', 'V1');
  const after = await stats(fresh);
  expect([after.words, after.lines, after.origin]).toEqual([before.words, before.lines, 'run']);
  expect(ocrCalls).toEqual([]);
  await fresh.close();
});

test('a broken session file is refused with a reason and leaves the app usable', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('file-input').setInputFiles({
    name: 'bad.ocrsession.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ kind: 'ocr-inspector-session', version: 1, runs: 'no' })),
  });
  await expect(page.getByText(/bad\.ocrsession\.json: invalid session file/)).toBeVisible();
  await expect(page.getByTestId('empty-state')).toBeVisible();
});
