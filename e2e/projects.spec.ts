import type { Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { openApp, stats } from './support/app.ts';
import type { UploadFile } from './support/app.ts';
import { textPage, twoPagePdf, twoPageTiff } from './support/documents.ts';

/**
 * Projects against the real relay and its store: a project of a dozen generated documents (a PDF
 * and a TIFF among them) run as one batch on the embedded engine, a document opened from the list
 * with its stored run (no OCR call from the viewer), and everything still there after a reload.
 */

const LINES = [
  'Invoice',
  'Receipt',
  'Order',
  'Delivery',
  'Notice',
  'Letter',
  'Report',
  'Memo',
  'Ticket',
  'Bill',
];

async function documents(): Promise<UploadFile[]> {
  const pngs = await Promise.all(
    LINES.map(async (w, i) => ({
      name: `page-${String(i + 1).padStart(2, '0')}.png`,
      mimeType: 'image/png',
      buffer: await textPage([`${w} number ${1000 + i}`, 'Total due within thirty days']),
    })),
  );
  return [
    ...pngs,
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: await twoPagePdf() },
    { name: 'fax.tiff', mimeType: 'image/tiff', buffer: await twoPageTiff() },
  ];
}

async function showProjects(page: Page) {
  await page.getByTestId('projects-button').click();
  await expect(page.getByTestId('projects-screen')).toBeVisible();
}

const rows = (page: Page) => page.getByTestId('document-row');

test('a project of 12 documents: add, run all, watch the batch, open one, reload', async ({ page }) => {
  test.setTimeout(240_000);
  const ocrCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/ocr/general')) ocrCalls.push(r.url());
  });
  await openApp(page);
  await showProjects(page);

  const name = `E2E batch ${Date.now()}`;
  await page.getByTestId('new-project-name').fill(name);
  await page.getByTestId('create-project').click();
  await expect(page.getByTestId('crumb-project')).toHaveText(name);
  await expect(page.getByTestId('project-empty')).toBeVisible();

  const files = await documents();
  await page.getByTestId('add-files-input').setInputFiles(files);
  await expect(page.getByTestId('project-count')).toHaveAttribute('data-count', '12', { timeout: 60_000 });
  await expect(rows(page)).toHaveCount(12);
  const pdfRow = page.locator('[data-testid="document-row"][data-name="scan.pdf"]');
  await expect(pdfRow.getByTestId('row-pages')).toHaveText('2');
  await expect(page.locator('[data-testid="document-row"][data-name="fax.tiff"]')).toBeVisible();
  await page.screenshot({ path: 'test-results/project-documents.png' });

  // Run all on the embedded engine, in English.
  const panel = page.getByTestId('batch-panel');
  await expect(panel.getByTestId('engine-select')).toHaveValue('tesseract');
  await panel.getByTestId('lang-ko').click();
  await panel.getByTestId('lang-en').click();
  await panel.getByTestId('run-all').click();
  const progress = page.getByTestId('batch-progress');
  await expect(progress).toHaveAttribute('data-total', '12');
  // The progress is watched live: seen short of done, then done.
  const seen = new Set<string>();
  await expect
    .poll(
      async () => {
        const done = (await progress.getAttribute('data-done')) ?? '';
        seen.add(done);
        return progress.getAttribute('data-finished');
      },
      { timeout: 200_000, intervals: [250] },
    )
    .toBe('true');
  await page.screenshot({ path: 'test-results/project-batch-done.png' });
  expect(seen.size, `progress values seen: ${[...seen].join(',')}`).toBeGreaterThan(1);
  await expect(progress).toHaveAttribute('data-done', '12');
  await expect(progress).toHaveAttribute('data-failed', '0');
  await expect(page.locator('[data-testid="document-row"][data-status="done"]')).toHaveCount(12);
  await expect(pdfRow.getByTestId('row-confidence')).toHaveText(/\d+\.\d%/);
  expect(ocrCalls, 'the batch runs on the relay, not through the viewer').toEqual([]);

  // Open the PDF from the list: its stored run is shown, with no OCR call from the viewer.
  await pdfRow.click();
  await expect(page.getByTestId('projects-screen')).toBeHidden();
  await expect(page.getByTestId('overlay')).toBeVisible();
  await expect(page.getByTestId('thumbnails').locator('[data-page]')).toHaveCount(2);
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-origin', 'run');
  await expect.poll(async () => Number((await stats(page)).words)).toBeGreaterThan(5);
  const words = (await stats(page)).words;
  expect(ocrCalls).toEqual([]);
  const url = new URL(page.url());
  const docId = url.searchParams.get('doc');
  expect(docId).toBeTruthy();
  expect(url.searchParams.get('run')).toBeTruthy();

  // Next / previous document in the list's order (by name: fax.tiff, page-01…10, scan.pdf).
  await expect(page.getByTestId('doc-position')).toHaveText('12 / 12');
  await page.keyboard.press('Alt+PageUp');
  await expect(page.getByTestId('file-name')).toHaveText('page-10.png');
  await expect(page.getByTestId('doc-position')).toHaveText('11 / 12');
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-origin', 'run');
  await page.keyboard.press(']');
  await expect(page.getByTestId('file-name')).toHaveText('scan.pdf');
  expect(ocrCalls).toEqual([]);

  // Reload: the document, its run and the project are all still there.
  await page.reload();
  await expect(page.getByTestId('overlay')).toBeVisible();
  await expect(page.getByTestId('file-name')).toHaveText('scan.pdf');
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-origin', 'run');
  await expect.poll(async () => (await stats(page)).words).toBe(words);
  expect(new URL(page.url()).searchParams.get('doc')).toBe(docId);
  await showProjects(page);
  await expect(page.getByTestId('crumb-project')).toHaveText(name);
  await expect(page.locator('[data-testid="document-row"][data-status="done"]')).toHaveCount(12);
  expect(ocrCalls).toEqual([]);
});

test('a file opened without a project is kept in the Inbox and survives a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const name = `inbox-${Date.now()}.png`;
  const stored = page.waitForResponse(
    (r) => /\/api\/projects\/[^/]+\/documents$/.test(r.url()) && r.request().method() === 'POST',
  );
  await page.getByTestId('file-input').setInputFiles({
    name,
    mimeType: 'image/png',
    buffer: await textPage(['Kept in the Inbox', `without asking ${name}`]),
  });
  // The viewer shows the document without waiting for the upload.
  await expect(page.getByTestId('file-name')).toHaveText(name);
  expect((await stored).ok()).toBe(true);
  await expect.poll(() => new URL(page.url()).searchParams.get('doc')).toBeTruthy();

  await page.reload();
  await expect(page.getByTestId('file-name')).toHaveText(name);
  await showProjects(page);
  await page.locator('[data-testid="project-item"][data-name="Inbox"]').getByTestId('project-pick').click();
  await expect(page.locator(`[data-testid="document-row"][data-name="${name}"]`)).toBeVisible();
});

test('projects: rename and delete with a confirmation; a batch can be cancelled', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await showProjects(page);
  const name = `E2E rename ${Date.now()}`;
  await page.getByTestId('new-project-name').fill(name);
  await page.getByTestId('create-project').click();
  const item = page.locator(`[data-testid="project-item"][data-name="${name}"]`);
  await expect(item).toBeVisible();

  await page.getByTestId('add-files-input').setInputFiles(
    await Promise.all(
      LINES.slice(0, 6).map(async (w, i) => ({
        name: `c-${i}.png`,
        mimeType: 'image/png',
        buffer: await textPage([`${w} to cancel`]),
      })),
    ),
  );
  await expect(page.getByTestId('project-count')).toHaveAttribute('data-count', '6', { timeout: 60_000 });
  const panel = page.getByTestId('batch-panel');
  await panel.getByTestId('version-V1').click();
  await panel.getByTestId('run-all').click();
  await page.getByTestId('batch-cancel').click();
  const progress = page.getByTestId('batch-progress');
  await expect(progress).toHaveAttribute('data-finished', 'true', { timeout: 60_000 });
  await expect(page.getByTestId('batch-text')).toContainText('cancelled');
  expect(Number(await progress.getAttribute('data-done'))).toBeLessThan(6);

  await item.getByTestId('project-rename').click();
  await item.getByTestId('rename-input').fill(`${name} (renamed)`);
  await item.getByTestId('rename-save').click();
  const renamed = page.locator(`[data-testid="project-item"][data-name="${name} (renamed)"]`);
  await expect(renamed).toBeVisible();
  await expect(page.getByTestId('crumb-project')).toHaveText(`${name} (renamed)`);

  await renamed.getByTestId('project-delete').click();
  await expect(renamed.getByRole('alertdialog')).toContainText('6 documents');
  await renamed.getByTestId('project-delete-confirm').click();
  await expect(renamed).toHaveCount(0);

  await expect(page.getByTestId('projects-intro')).toBeVisible();

  // Keys belong to the project view while it covers the viewer: W (a viewer layer key) does
  // nothing, Esc goes back.
  const words = await page.getByTestId('layer-words').getAttribute('aria-pressed');
  await page.locator('body').press('w');
  await page.locator('body').press('Escape');
  await expect(page.getByTestId('projects-screen')).toHaveCount(0);
  expect(await page.getByTestId('layer-words').getAttribute('aria-pressed')).toBe(words);
});
