import type { Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { toScreen } from './support/app.ts';
import { line } from './support/scriptPages.ts';
import { PAGE_LINES, textPage } from './support/documents.ts';
import { makeTiff } from '../test/support/documents.ts';
import { fieldsOf, gtOf, historyOf, openToProofread } from './support/proofreading.ts';
import type { GtField } from './support/proofreading.ts';

/**
 * Proofreading's word operations by keyboard (accept, merge, split at the caret, illegible,
 * delete, undo and redo), the editor opened by double-click, and two reviewers editing one
 * document at once with nothing lost.
 */

const WORDS = () => line(['Invoice', '20', '41', 'for', 'teh', 'springorder', 'now', 'xx'], 80, 160, 44);

const synced = (page: Page) =>
  expect(page.getByTestId('gt-sync')).toHaveAttribute('data-status', 'synced', { timeout: 20_000 });

const readingOrder = (page: Page) =>
  page.getByRole('button', { name: 'Order: lowest confidence first' }).click();

/** Words as [text, review] (the API's ground truth leaves deleted words out). */
const pairs = (fields: GtField[]) => fields.map((f) => [f.inferText, f.review]);

const xsOf = (f: GtField) =>
  (f.boundingPoly as { vertices: { x: number }[] }).vertices.map((v) => v.x).sort((a, b) => a - b);

test('merge, split at the caret, illegible, delete, undo and redo: keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  const docId = await openToProofread(page, WORDS(), 'en');
  await readingOrder(page);
  const progress = page.getByTestId('review-progress');
  const editor = page.getByTestId('word-editor');

  await page.keyboard.press('a'); // Invoice: accepted, on to "20"
  await page.keyboard.press('m'); // "20" + "41"
  await expect(progress).toHaveAttribute('data-total', '7');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue('20 41');
  await page.keyboard.type('2041');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue('for');
  await page.keyboard.press('Tab'); // unchanged: left unreviewed
  await expect(editor).toHaveValue('teh');
  await page.keyboard.type('the');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue('springorder');
  // The caret between "spring" and "order": Alt+Enter splits there, the editor stays on "spring".
  await page.keyboard.press('End');
  for (let i = 0; i < 'order'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+Enter');
  await expect(editor).toHaveValue('spring');
  await expect(progress).toHaveAttribute('data-total', '8');
  await page.keyboard.press('Enter'); // unchanged: accepted
  await expect(editor).toHaveValue('order');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue('now');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await page.keyboard.press('i'); // "now": illegible, on to "xx"
  await page.keyboard.press('Delete'); // "xx": a false detection
  await synced(page);
  await page.screenshot({ path: 'test-results/proofreading-words.png' });

  const live = (await gtOf(page, docId)).images[0].fields;
  expect(pairs(live)).toEqual([
    ['Invoice', 'accepted'],
    ['2041', 'corrected'],
    ['for', 'unreviewed'],
    ['the', 'corrected'],
    ['spring', 'corrected'],
    ['order', 'corrected'],
    ['now', 'illegible'],
  ]);
  // The split box: "spring" on the left of "order", the two inside the word's old box.
  const [spring, order] = [live[4], live[5]];
  const old = WORDS()[5];
  expect(xsOf(spring)[0]).toBeGreaterThanOrEqual(old.x - 1);
  expect(xsOf(spring)[3]).toBeLessThanOrEqual(xsOf(order)[0] + 1);
  expect(xsOf(order)[3]).toBeGreaterThan(xsOf(spring)[3]);
  // The merged box spans both old words.
  expect(xsOf(live[1])[0]).toBeLessThanOrEqual(WORDS()[1].x + 1);
  expect(xsOf(live[1])[3]).toBeGreaterThanOrEqual(WORDS()[2].x);

  // Undo twice: "xx" back, "now" legible again; redo once: "now" illegible again.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await synced(page);
  let after = fieldsOf(await gtOf(page, docId));
  expect(after.find((f) => f.inferText === 'xx')?.review).toBe('unreviewed');
  expect(after.find((f) => f.inferText === 'now')?.review).toBe('unreviewed');
  await page.keyboard.press('Control+Shift+z');
  await synced(page);
  after = fieldsOf(await gtOf(page, docId));
  expect(after.find((f) => f.inferText === 'now')?.review).toBe('illegible');
  // Undo reaches back over the split, the edits and the merge: the first accept alone is left.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
  await synced(page);
  after = fieldsOf(await gtOf(page, docId));
  expect(after.map((f) => f.inferText)).toEqual(WORDS().map((w) => w.text));
  expect(after.map((f) => f.review)).toEqual(['accepted', ...Array(7).fill('unreviewed')]);

  // Double-click a word: its editor opens over it.
  const w = WORDS()[3];
  const at = await toScreen(page, 0, w.x + 20, w.y + 25);
  await page.mouse.dblclick(at.x, at.y);
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('for');
});

test('two reviewers at once: a stale edit is re-applied, a change that no longer fits is shown, none lost', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const docId = await openToProofread(page, WORDS(), 'en', 'Reviewer A');
  await readingOrder(page);
  const url = new URL(page.url());
  url.searchParams.set('reviewer', 'Reviewer B');
  const other = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await other.goto(url.toString());
  await expect(other.getByTestId('overlay')).toBeVisible();
  await expect(other.getByTestId('doc-stats')).not.toHaveAttribute('data-words', '0');
  await other.keyboard.press('e');
  await expect(other.getByTestId('review-progress')).toHaveAttribute('data-total', '8');
  await readingOrder(other);
  const posts = (p: Page, into: number[]) =>
    p.on('response', (r) => {
      if (r.url().includes('/groundtruth/changes') && r.request().method() === 'POST') into.push(r.status());
    });
  const [aPosts, bPosts] = [[] as number[], [] as number[]];
  posts(page, aPosts);
  posts(other, bPosts);
  const wordAt = async (p: Page, k: number) => toScreen(p, 0, WORDS()[k].x + 10, WORDS()[k].y + 25);

  // Round 1: A accepts "Invoice" (revision 1); B, still on revision 0, corrects "teh": refused
  // with 409, then re-applied on A's revision (2).
  await page.keyboard.press('a');
  await synced(page);
  const teh = await wordAt(other, 4);
  await other.mouse.dblclick(teh.x, teh.y);
  await expect(other.getByTestId('word-editor')).toHaveValue('teh');
  await other.keyboard.type('the');
  await other.keyboard.press('Enter');
  await other.keyboard.press('Escape');
  await expect.poll(() => bPosts).toEqual([409, 200]);
  await synced(other);

  // Round 2: A, on revision 1, deletes "41" (after "20" in the walk): 409, re-applied (3). B, on
  // revision 2, merges "20" with "41": 409, and the merge no longer fits, so B is shown it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Delete');
  await expect.poll(() => aPosts).toEqual([200, 409, 200]);
  await synced(page);
  const w20 = await wordAt(other, 1);
  await other.mouse.click(w20.x, w20.y);
  await other.keyboard.press('m');
  await expect(other.getByTestId('gt-conflicts')).toContainText('Merge “20” + “41”');
  await expect(other.getByTestId('gt-conflicts')).toContainText('deleted, merged or split meanwhile');
  await synced(other);
  await other.screenshot({ path: 'test-results/proofreading-two-editors.png' });

  const gt = fieldsOf(await gtOf(page, docId));
  expect(gt.find((f) => f.inferText === 'Invoice')?.review).toBe('accepted');
  expect(gt.find((f) => f.inferText === 'the')?.review).toBe('corrected');
  expect(gt.find((f) => f.inferText === '41')).toBeUndefined();
  expect(gt.find((f) => f.inferText === '20')?.review).toBe('unreviewed');
  const history = await historyOf(page, docId);
  expect(history.map((h) => h.reviewer)).toEqual(['Reviewer A', 'Reviewer B', 'Reviewer A']);
  const ops = history.flatMap((h) => h.entries.map((e) => [e.who, e.op, e.before[0]?.inferText]));
  expect(ops).toEqual([
    ['Reviewer A', 'accept', 'Invoice'],
    ['Reviewer B', 'edit', 'teh'],
    ['Reviewer A', 'delete', '41'],
  ]);
  // Both sides count the same: "41" deleted (out of the words), "Invoice" and "the" reviewed.
  for (const p of [page, other]) {
    await expect(p.getByTestId('review-progress')).toHaveAttribute('data-reviewed', '2');
    await expect(p.getByTestId('review-progress')).toHaveAttribute('data-total', '7');
  }
  await other.context().close();
});

test('accept the rest of this page: this page only, with progress per page and for the document', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // A stamp line, so the document is a new one (the store keeps one per content).
  const tiff = await makeTiff([
    await textPage([...PAGE_LINES[0], `Reference ${Date.now()}`]),
    await textPage(PAGE_LINES[1]),
  ]);
  await page.goto('/?reviewer=E2E%20reviewer');
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'two.tiff', mimeType: 'image/tiff', buffer: tiff });
  await expect.poll(() => new URL(page.url()).searchParams.get('doc'), { timeout: 30_000 }).toBeTruthy();
  await page.getByTestId('lang-ko').click();
  await page.getByTestId('lang-en').click();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-origin', 'run', { timeout: 120_000 });
  await page.keyboard.press('e');
  const progress = page.getByTestId('review-progress');
  await expect(progress).toBeVisible({ timeout: 30_000 });
  const docId = new URL(page.url()).searchParams.get('doc')!;
  const gt = await gtOf(page, docId);
  const [first, second] = gt.images.map((i) => i.fields.length);
  expect(first).toBeGreaterThan(5);
  expect(second).toBeGreaterThan(5);
  await expect(progress).toHaveAttribute('data-total', String(first + second));
  await expect(progress).toHaveAttribute('data-page-total', String(first));

  await page.keyboard.press('a'); // one word by hand, then the rest of the page at once
  await page.keyboard.press('Shift+A');
  await expect(progress).toHaveAttribute('data-page-reviewed', String(first));
  await expect(progress).toHaveAttribute('data-reviewed', String(first));
  await page.keyboard.press('PageDown');
  await expect(progress).toHaveAttribute('data-page-total', String(second));
  await expect(progress).toHaveAttribute('data-page-reviewed', '0');
  // Undo and redo page 1's accept from here: the model is rebuilt under a selection on page 1,
  // and the view stays on this page.
  await page.keyboard.press('Control+z');
  await expect(progress).toHaveAttribute('data-reviewed', '1');
  await page.keyboard.press('Control+Shift+z');
  await expect(progress).toHaveAttribute('data-reviewed', String(first));
  await expect(progress).toHaveAttribute('data-page-total', String(second));
  // The word left selected on page 1 does not take the keys here: Enter edits this page's first.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('word-editor')).toBeFocused();
  await page.screenshot({ path: 'test-results/proofreading-page-two.png' });
  await page.keyboard.press('Escape');
  await page.keyboard.press('a');
  await expect(progress).toHaveAttribute('data-page-reviewed', '1');
  await page.keyboard.press('Shift+A');
  await expect(progress).toHaveAttribute('data-reviewed', String(first + second));
  await synced(page);
  const saved = await gtOf(page, docId);
  expect(saved.images.map((i) => i.fields.every((f) => f.review === 'accepted'))).toEqual([true, true]);
});
