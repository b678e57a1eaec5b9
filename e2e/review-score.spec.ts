import { test, expect } from './support/test.ts';
import { openFixture, pixelsNear } from './support/review.ts';

const MAGENTA: [number, number, number] = [192, 38, 211];

/** Scoring the kingmart receipt against expected text: exact text → CER 0; three edits → CER 3/N. */
test('receipt-kingmart: CER and WER against pasted ground truth, errors marked on the canvas', async ({
  page,
}) => {
  await openFixture(page, 'receipt-kingmart.v2.json');
  await page.getByTestId('tab-text').click();
  // The text as the viewer reads the page: paragraphs, lines, words.
  const pageText = await page
    .locator('[data-testid="text-panel"] .text-body')
    .evaluate((el) => (el as HTMLElement).innerText);
  expect(pageText.length).toBeGreaterThan(50);

  await page.getByTestId('tab-score').click();
  const truth = page.getByTestId('truth-input');
  await truth.fill(pageText);
  const score = page.getByTestId('score');
  await expect(score).toHaveAttribute('data-cer', '0');
  await expect(score).toHaveAttribute('data-wer', '0');
  await expect(score).toHaveAttribute('data-error-words', '0');
  const overlay = page.getByTestId('overlay');
  await page.mouse.move(5, 5);
  expect(await pixelsNear(await overlay.screenshot(), MAGENTA)).toBe(0);

  // Three substitutions at characters far apart, with a character the receipt does not contain.
  const units = [...pageText];
  const spots = units.map((c, i) => (/\s/.test(c) ? -1 : i)).filter((i) => i >= 0);
  const chosen = [spots[5], spots[Math.floor(spots.length / 2)], spots[spots.length - 6]];
  for (const i of chosen) units[i] = '■';
  await truth.fill(units.join(''));
  // Issue 16 §1: over the normalised text's code points, single spaces included.
  const expectedCer = 3 / [...pageText.normalize('NFKC').replace(/\s+/gu, ' ').trim()].length;
  await expect.poll(async () => Number(await score.getAttribute('data-cer'))).toBeCloseTo(expectedCer, 6);
  expect(Number(await score.getAttribute('data-wer'))).toBeGreaterThan(0);
  const errorWords = Number(await score.getAttribute('data-error-words'));
  expect(errorWords).toBeGreaterThanOrEqual(1);
  expect(errorWords).toBeLessThanOrEqual(3);
  await expect(page.getByTestId('score-page-0')).toBeVisible();

  // The misrecognised words are outlined in magenta on the canvas.
  await expect.poll(async () => pixelsNear(await overlay.screenshot(), MAGENTA)).toBeGreaterThan(10);
  await page.screenshot({ path: 'test-results/review-score.png' });
});
