import { test, expect } from './support/test.ts';
import { fold, occurrences, openFixture, pixelsNear } from './support/review.ts';

/** The outline colour of search hits (review/markColours.ts). */
const HIT: [number, number, number] = [180, 83, 9];

/** Ctrl+F search on a real CLOVA receipt: counts match the JSON, full-width finds half-width. */
test('receipt-kingmart: search counts, steps through and marks its matches', async ({ page }) => {
  const json = await openFixture(page, 'receipt-kingmart.v2.json');
  const texts = json.images[0].fields!.map((f) => fold(f.inferText));
  // A query without spaces matches inside single words, so counting per word is the whole answer.
  const countOf = (q: string) => texts.reduce((n, t) => n + occurrences(t, fold(q)), 0);

  const overlay = page.getByTestId('overlay');
  await page.mouse.move(5, 5);
  const hitsBefore = await pixelsNear(await overlay.screenshot(), HIT);

  await page.keyboard.press('Control+f');
  const input = page.getByTestId('search-input');
  await expect(input).toBeFocused();
  await input.fill('킹마트');
  const count = page.getByTestId('search-count');
  const expected = countOf('킹마트');
  expect(expected).toBeGreaterThan(1);
  await expect(count).toHaveAttribute('data-count', String(expected));
  await expect(count).toHaveAttribute('data-current', '1');

  // Enter steps forward and selects the matched word; Shift+Enter steps back.
  await input.press('Enter');
  await expect(count).toHaveAttribute('data-current', '2');
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-kind', 'word');
  expect(fold((await page.getByTestId('inspector-text').textContent()) ?? '')).toContain(fold('킹마트'));
  await input.press('Shift+Enter');
  await expect(count).toHaveAttribute('data-current', '1');

  // The other matches are outlined on the canvas (the current one is the selection), and all are
  // marked in the text panel.
  await expect.poll(async () => pixelsNear(await overlay.screenshot(), HIT)).toBeGreaterThan(hitsBefore + 20);
  await page.getByTestId('tab-text').click();
  await expect(page.locator('[data-testid="text-panel"] .tword[data-match]')).toHaveCount(expected);
  await expect(page.locator('[data-testid="text-panel"] .tword[data-match="current"]')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/review-search.png' });

  // Full-width digits find the half-width phone number (NFKC).
  await input.fill('０３１');
  const digits = countOf('031');
  expect(digits).toBeGreaterThan(0);
  expect(countOf('０３１')).toBe(digits);
  await expect(count).toHaveAttribute('data-count', String(digits));

  await input.fill('no such words here');
  await expect(count).toHaveAttribute('data-count', '0');
  await expect(count).toHaveText('No matches');
  await input.press('Escape');
  await expect(input).toBeHidden();
});
