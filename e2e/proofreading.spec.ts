import type { Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { textPage } from './support/documents.ts';
import { toScreen, toScreenSettled } from './support/app.ts';
import { line, scriptPage } from './support/scriptPages.ts';
import { distance, fieldsOf, gtOf, historyOf } from './support/proofreading.ts';

/**
 * Proofreading against the real relay, its store and the embedded engine: a generated page kept
 * in the Inbox and run, three words corrected by keyboard alone, the rest of the page accepted,
 * and the corrections still there after a reload and after running OCR again with other options.
 */

async function openStoredAndRun(page: Page, name: string, lines: string[]): Promise<string> {
  await page.goto('/?reviewer=E2E%20reviewer');
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page
    .getByTestId('file-input')
    .setInputFiles({ name, mimeType: 'image/png', buffer: await textPage(lines) });
  await expect(page.getByTestId('overlay')).toBeVisible();
  // Opened without a project: kept in the Inbox, so it has a stored id.
  await expect.poll(() => new URL(page.url()).searchParams.get('doc'), { timeout: 30_000 }).toBeTruthy();
  const docId = new URL(page.url()).searchParams.get('doc')!;
  await expect(page.getByTestId('engine-select')).toHaveValue('tesseract');
  await page.getByTestId('lang-ko').click();
  await page.getByTestId('lang-en').click();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-origin', 'run', { timeout: 60_000 });
  // Proofreading starts from the run on screen: the app keeps it as the document's stored run.
  await page.keyboard.press('e');
  await expect(page.getByTestId('review-progress')).toBeVisible({ timeout: 30_000 });
  // ?reviewer= named the reviewer: nothing asks.
  await expect(page.getByTestId('reviewer-name')).toHaveCount(0);
  return docId;
}

test('proofreading: three words corrected by keyboard, the page accepted, kept over reload and re-run', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // A line of its own, so the page is a new document (the store keeps one per content hash).
  const stamp = Date.now();
  const docId = await openStoredAndRun(page, `proof-${stamp}.png`, [
    'Invoice 2041 for the spring order',
    'Total due within thirty days',
    `Reference ${stamp}`,
  ]);
  const before = await gtOf(page, docId);
  const total = before.images.reduce((n, i) => n + i.fields.length, 0);
  expect(total).toBeGreaterThan(5);

  // Keyboard alone: Enter edits the first word of the walk, Enter saves and moves on.
  const progress = page.getByTestId('review-progress');
  await expect(progress).toHaveAttribute('data-total', String(total));
  await expect(progress).toHaveAttribute('data-reviewed', '0');
  await page.keyboard.press('Enter');
  const editor = page.getByTestId('word-editor');
  const fixes = ['FIRST', 'SECOND', 'THIRD'];
  const ids: string[] = [];
  for (const text of fixes) {
    await expect(editor).toBeFocused();
    const id = (await editor.getAttribute('data-word-id'))!;
    ids.push(id);
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(editor).not.toHaveAttribute('data-word-id', id);
  }
  await page.screenshot({ path: 'test-results/proofreading-editing.png' });
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(progress).toHaveAttribute('data-reviewed', '3');
  await page.keyboard.press('Shift+A');
  await expect(progress).toHaveAttribute('data-reviewed', String(total));
  await expect(page.getByTestId('gt-sync')).toHaveAttribute('data-status', 'synced');
  await page.screenshot({ path: 'test-results/proofreading-accepted.png' });

  const saved = await gtOf(page, docId);
  const byId = new Map(saved.images.flatMap((i) => i.fields).map((f) => [f.id, f]));
  ids.forEach((id, k) => {
    expect(byId.get(id)?.inferText).toBe(fixes[k]);
    expect(byId.get(id)?.review).toBe('corrected');
  });
  expect(saved.images.flatMap((i) => i.fields).every((f) => f.review !== 'unreviewed')).toBe(true);
  // Every change was recorded as the reviewer the URL named, with the word before and after.
  const history = await historyOf(page, docId);
  expect(history.length).toBeGreaterThan(0);
  expect(new Set(history.map((h) => h.reviewer))).toEqual(new Set(['E2E reviewer']));
  const edits = history.flatMap((h) => h.entries).filter((e) => e.op === 'edit');
  expect(edits.map((e) => e.after[0].inferText)).toEqual(fixes);
  expect(edits.map((e) => e.before[0].id)).toEqual(ids);

  // Reload: the corrections are there, every word reviewed.
  await page.reload();
  await expect(page.getByTestId('doc-stats')).not.toHaveAttribute('data-words', '0', { timeout: 30_000 });
  await page.keyboard.press('e');
  await expect(progress).toHaveAttribute('data-total', String(total));
  await expect(progress).toHaveAttribute('data-reviewed', String(total));
  await page.getByTestId('tab-text').click();
  for (const text of fixes) await expect(page.getByTestId('text-panel')).toContainText(text);

  // The Score tab scores against the ground truth: itself at CER 0, the run by its distance to it.
  const runText = fieldsOf(before)
    .map((f) => f.inferText)
    .join(' ');
  const truthText = fieldsOf(saved)
    .map((f) => f.inferText)
    .join(' ');
  const runErrors = distance(truthText, runText);
  expect(runErrors).toBeGreaterThan(0);
  await page.getByTestId('tab-score').click();
  await expect(page.getByTestId('score-source')).toHaveAttribute('data-kind', 'groundTruth');
  await expect(page.getByTestId('score-run-groundtruth')).toHaveAttribute('data-cer', '0');
  const runRow = page.getByTestId('score-run');
  await expect(runRow).toHaveCount(1);
  await expect(runRow).toContainText(`${runErrors} / ${Array.from(truthText).length}`);
  expect(Number(await runRow.getAttribute('data-cer'))).toBeCloseTo(
    runErrors / Array.from(truthText).length,
    6,
  );
  await page.screenshot({ path: 'test-results/proofreading-score.png' });

  // Run again with other options (V1), as a batch of the project the document is kept in: the
  // store's new run moves the ground truth onto its boxes, corrections carried over.
  const revision = (await gtOf(page, docId)).revision;
  await page.getByTestId('projects-button').click();
  await expect(page.getByTestId('projects-screen')).toBeVisible();
  const panel = page.getByTestId('batch-panel');
  await panel.getByTestId('version-V1').click();
  await panel.getByTestId('run-all').click();
  await expect(page.getByTestId('batch-progress')).toHaveAttribute('data-finished', 'true', {
    timeout: 200_000,
  });
  await expect
    .poll(async () => (await gtOf(page, docId)).revision, { timeout: 30_000, intervals: [1000] })
    .toBeGreaterThan(revision);
  const rerun = (await gtOf(page, docId)).images.flatMap((i) => i.fields);
  for (const text of fixes) expect(rerun.find((f) => f.inferText === text)?.review).toBe('corrected');
  await page.reload();
  await expect(page.getByTestId('doc-stats')).not.toHaveAttribute('data-words', '0', { timeout: 30_000 });
  await page.keyboard.press('Escape');
  await page.keyboard.press('e');
  await expect(progress).toBeVisible();
  await page.getByTestId('tab-text').click();
  for (const text of fixes) await expect(page.getByTestId('text-panel')).toContainText(text);
  await page.screenshot({ path: 'test-results/proofreading-after-rerun.png' });
  // Both runs scored against the same ground truth, which still scores 0.
  await page.getByTestId('tab-score').click();
  await expect(page.getByTestId('score-run-groundtruth')).toHaveAttribute('data-cer', '0');
  await expect(page.getByTestId('score-run')).toHaveCount(2);
});

test('proofreading asks for a name once, and explains itself on a document that is not stored', async ({
  page,
}) => {
  await page.route('**/api/projects**', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/');
  await page.getByTestId('file-input').setInputFiles({
    name: 'loose.png',
    mimeType: 'image/png',
    buffer: await textPage(['Not kept anywhere']),
  });
  await expect(page.getByTestId('overlay')).toBeVisible();
  await page.keyboard.press('e');
  await expect(page.getByTestId('error-banner')).toContainText(/stored documents/);
  await expect(page.getByTestId('proof-panel')).toHaveCount(0);
});

test('proofreading asks the name once, undoes and redoes by key, and reads missed text in a drawn box', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const words = line(['Invoice', '2041', 'for', 'the', 'order'], 100, 200, 48);
  // The response leaves "2041" out: text the engine never detected.
  const { png, response } = await scriptPage(words, 'en');
  const shown = response as { images: { fields: unknown[] }[] };
  shown.images[0].fields.splice(1, 1);
  await page.goto('/');
  const stem = `missed-${Date.now()}`;
  await page.getByTestId('file-input').setInputFiles([
    { name: `${stem}.png`, mimeType: 'image/png', buffer: png },
    { name: `${stem}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(shown)) },
  ]);
  await expect.poll(() => new URL(page.url()).searchParams.get('doc'), { timeout: 30_000 }).toBeTruthy();
  await page.keyboard.press('e');
  const name = page.getByTestId('reviewer-name');
  await expect(name).toBeVisible();
  await name.fill('Kim Proof');
  await name.press('Enter');
  await expect(name).toHaveCount(0);
  const progress = page.getByTestId('review-progress');
  await expect(progress).toHaveAttribute('data-total', '4');

  // A accepts (and moves on); Ctrl+Z undoes it, Ctrl+Shift+Z redoes it.
  await page.keyboard.press('a');
  await expect(progress).toHaveAttribute('data-reviewed', '1');
  await page.keyboard.press('Control+z');
  await expect(progress).toHaveAttribute('data-reviewed', '0');
  await page.keyboard.press('Control+Shift+z');
  await expect(progress).toHaveAttribute('data-reviewed', '1');

  // B, then a box around the missed number: it is read with the current engine and options and
  // added (review "added"), its editor open.
  await page.getByTestId('lang-ko').click();
  await page.getByTestId('lang-en').click();
  await page.keyboard.press('b');
  const draw = page.getByTestId('region-draw');
  await expect(draw).toBeVisible();
  const missed = words[1];
  // After the accept the view may still be panning to the next word: the box is drawn once it rests.
  const a = await toScreenSettled(page, 0, missed.x - 12, missed.y - 10);
  const b = await toScreen(page, 0, missed.x + 4 * 0.56 * 48 + 12, missed.y + 48 * 1.15 + 10);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
  await expect(progress).toHaveAttribute('data-total', '5', { timeout: 60_000 });
  const editor = page.getByTestId('word-editor');
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue(/2041/);
  await page.screenshot({ path: 'test-results/proofreading-missed-text.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('gt-sync')).toHaveAttribute('data-status', 'synced');
  const docId = new URL(page.url()).searchParams.get('doc')!;
  const added = (await gtOf(page, docId)).images[0].fields.filter((f) => f.review === 'added');
  expect(added.map((f) => f.inferText)).toEqual(['2041']);

  // The name is remembered: proofreading again asks nothing.
  await page.reload();
  await expect(page.getByTestId('overlay')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('doc')).toBeTruthy();
  await expect(page.getByTestId('doc-stats')).not.toHaveAttribute('data-words', '0');
  await page.keyboard.press('e');
  await expect(progress).toHaveAttribute('data-total', '5');
  await expect(name).toHaveCount(0);
  await expect(page.getByTestId('proof-panel')).toContainText('Kim Proof');
});
