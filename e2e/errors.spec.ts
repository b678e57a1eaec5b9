import { test, expect } from './support/test.ts';
import { blankPng, readFixture } from './support/fixtures.ts';
import { openApp, openFiles } from './support/app.ts';

/** Errors are shown next to the page with their code and message, and never blank the app. */
test('a per-image FAILURE is shown on its page while the other page keeps its boxes', async ({ page }) => {
  const { json } = readFixture('table-kbo.v2.json');
  const ok = json.images[0];
  const failed = {
    uid: 'f00d',
    name: 'page-2',
    inferResult: 'FAILURE',
    message: 'Recognition failure',
    validationResult: { result: 'NO_REQUESTED' },
    convertedImageInfo: { width: 595, height: 842, pageIndex: 1, longImage: false },
  };
  const response = { ...json, images: [ok, failed] };
  await openApp(page);
  await openFiles(page, [
    { name: 'two-pages.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(response)) },
  ]);
  const banner = page.getByTestId('error-banner');
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-pages', '2');
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-words', String(ok.fields!.length));
  await expect(banner.locator('[data-code="1 page"]')).toContainText('page 2: FAILURE (Recognition failure)');
  await expect(page.getByTestId('thumb-1')).toContainText('FAILURE');

  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('overlay')).toHaveAttribute('data-page', '1');
  const pageError = banner.locator('[data-code="FAILURE"]');
  await expect(pageError).toContainText('Page 2 was not recognised');
  await expect(pageError).toContainText('Recognition failure');
});

test('a CLOVA error body opened as a response shows its code and message', async ({ page }) => {
  const body = {
    code: '0028',
    message: 'Table detection disabled: Please activate the table extractor button.',
    path: '/general',
    traceId: 'abc123',
    timestamp: 1,
  };
  await openApp(page);
  await page
    .getByTestId('file-input')
    .setInputFiles([
      { name: 'error.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) },
    ]);
  const err = page.getByTestId('error-banner').locator('[data-code="0028"]');
  await expect(err).toContainText('Table detection disabled');
  await expect(err).toContainText('abc123');
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-words', '0');
});

test('unsupported, empty and malformed files get a clear message and the open document stays', async ({
  page,
}) => {
  const { bytes } = readFixture('receipt-kingmart.v2.json');
  await openApp(page);
  await openFiles(page, [
    { name: 'r.json', mimeType: 'application/json', buffer: bytes },
    { name: 'p.png', mimeType: 'image/png', buffer: await blankPng({ width: 720, height: 960 }) },
  ]);
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-words', '73');

  await page
    .getByTestId('file-input')
    .setInputFiles([
      { name: 'anim.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1') },
    ]);
  await expect(page.getByTestId('error-banner')).toContainText('anim.gif: unsupported file');
  await page
    .getByTestId('file-input')
    .setInputFiles([
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"images": [') },
    ]);
  await expect(page.getByTestId('error-banner')).toContainText('broken.json is not valid JSON');
  // Nothing that failed replaced what was open.
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-words', '73');
});

test('odd JSON never blanks the app: what can be read is shown, with the problems listed', async ({
  page,
}) => {
  const odd = {
    version: 'V2',
    images: [
      {
        inferResult: 'SUCCESS',
        fields: [
          {
            inferText: 'ok',
            inferConfidence: 0.9,
            boundingPoly: {
              vertices: [
                { x: 10, y: 10 },
                { x: 60, y: 10 },
                { x: 60, y: 30 },
                { x: 10, y: 30 },
              ],
            },
          },
          { inferText: 'nan', inferConfidence: 'x', boundingPoly: { vertices: [{ x: 'a', y: 1e308 }] } },
          { inferText: 42, boundingPoly: null },
          'not a field',
        ],
      },
    ],
  };
  await openApp(page);
  await page
    .getByTestId('file-input')
    .setInputFiles([
      { name: 'odd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(odd)) },
    ]);
  await expect(page.getByTestId('overlay')).toBeVisible();
  await expect(page.getByTestId('warnings')).toBeVisible();
  expect(Number(await page.getByTestId('doc-stats').getAttribute('data-words'))).toBeGreaterThanOrEqual(1);
  for (const tab of ['text', 'tables', 'json', 'inspector']) await page.getByTestId(`tab-${tab}`).click();
  await expect(page.getByTestId('panel-error')).toHaveCount(0);
});
