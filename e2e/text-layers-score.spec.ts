import { test, expect } from './support/test.ts';
import { layerInk } from './support/layers.ts';
import { RUN_CHAR_ERRORS, RUN_LINES, TRUE_LINES, storePageWithRun } from './support/storedPage.ts';

/**
 * The ground truth used (issue 15 §4): on a stored generated page whose run is known (imported
 * beside it), the Score tab scores every run against the document's ground truth (text given by
 * PUT …/groundtruth/text, or reviewed words) and the ground truth itself at CER 0; compare offers
 * a reviewed ground truth as a side.
 */

test('Score tab: every run against the stored ground truth; the ground truth scores CER 0', async ({
  page,
  request,
}) => {
  const { id, url } = await storePageWithRun(request, `score-gt-${Date.now()}`);
  const put = await request.put(`/api/documents/${id}/groundtruth/text`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    data: TRUE_LINES.join('\n'),
  });
  expect(put.status(), await put.text()).toBe(200);
  const { revision } = (await put.json()) as { revision: number };

  const ocrCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/ocr/')) ocrCalls.push(r.url());
  });
  await page.goto(url);
  await expect(page.getByTestId('overlay')).toBeVisible();
  await page.getByTestId('tab-score').click();
  const source = page.getByTestId('score-source');
  await expect(source).toHaveAttribute('data-kind', 'groundTruth');
  await expect(source).toContainText(`Against ground truth (revision ${revision}, text given`);
  // Nothing pasted: the page's expected text comes from the store.
  await expect(page.getByTestId('truth-input')).toHaveCount(0);

  const truthRow = page.getByTestId('score-run-groundtruth');
  await expect(truthRow).toHaveAttribute('data-cer', '0');
  const runRow = page.getByTestId('score-run');
  await expect(runRow).toHaveCount(1);
  // Four edits ("rn" for "m" is two) over the expected text's length, whatever counts as a character.
  await expect(runRow).toContainText(`${RUN_CHAR_ERRORS} /`);
  const length = Number(/\d+ \/ (\d+)/.exec((await runRow.textContent()) ?? '')?.[1]);
  expect(length).toBeGreaterThanOrEqual(TRUE_LINES.join('').replace(/\s/g, '').length);
  const expected = RUN_CHAR_ERRORS / length;
  expect(Number(await runRow.getAttribute('data-cer'))).toBeCloseTo(expected, 6);
  // The run shown scores the same in the page table.
  await expect
    .poll(async () => Number(await page.getByTestId('score').getAttribute('data-cer')))
    .toBeCloseTo(expected, 6);
  await page.screenshot({ path: 'test-results/text-layers-score.png' });

  // Pasted text stays possible.
  await page.getByTestId('score-against-pasted').check();
  await expect(source).toHaveAttribute('data-kind', 'none');
  await page.getByTestId('truth-input').fill(RUN_LINES.join('\n'));
  await expect(source).toHaveAttribute('data-kind', 'pasted');
  await expect(page.getByTestId('score')).toHaveAttribute('data-cer', '0');
  await page.getByTestId('score-against-groundtruth').check();
  await expect(source).toHaveAttribute('data-kind', 'groundTruth');
  expect(ocrCalls).toEqual([]);
});

test('compare: a reviewed ground truth is a side; its text shows in place', async ({ page, request }) => {
  const { id, url } = await storePageWithRun(request, `compare-gt-${Date.now()}`);
  const gt = (await (await request.get(`/api/documents/${id}/groundtruth`)).json()) as {
    revision: number;
    images: { fields: { id: string; inferText: string }[] }[];
  };
  const wrong = gt.images[0].fields.find((f) => f.inferText === '2O41')!;
  const post = await request.post(`/api/documents/${id}/groundtruth/changes`, {
    data: {
      baseRevision: gt.revision,
      changes: [{ op: 'edit', id: wrong.id, text: '2041' }],
      reviewer: 'e2e',
    },
  });
  expect(post.status(), await post.text()).toBe(200);

  await page.goto(url);
  await expect(page.getByTestId('overlay')).toBeVisible();
  await page.getByTestId('tab-score').click();
  await expect(page.getByTestId('score-source')).toContainText('1 of 14 words reviewed');
  await expect(page.getByTestId('score-run-groundtruth')).toHaveAttribute('data-cer', '0');

  await page.keyboard.press('x');
  await expect.poll(() => layerInk(page, 'text-layer')).toBeGreaterThan(1000);
  await page.keyboard.press('c');
  const b = page.getByTestId('compare-run-b');
  await expect(b.locator('option', { hasText: 'Ground truth' })).toHaveCount(1);
  await b.selectOption({ label: `Ground truth (revision ${gt.revision + 1})` });
  await expect(page.getByTestId('compare-view')).toHaveAttribute('data-changed', '1');
  await page.screenshot({ path: 'test-results/text-layers-compare-groundtruth.png' });
});
