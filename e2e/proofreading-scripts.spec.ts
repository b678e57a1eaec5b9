import { test, expect } from './support/test.ts';
import { line } from './support/scriptPages.ts';
import type { PlacedWord } from './support/scriptPages.ts';
import { openToProofread } from './support/proofreading.ts';

/**
 * The word editor over Korean, Japanese (vertical too) and turned text, with screenshots to look
 * at: it opens over the word's box, turned with it, pre-filled, and Enter / Tab walk on.
 */

const SCRIPTS: { name: string; lang: string; words: () => PlacedWord[]; fix: string }[] = [
  {
    name: 'korean',
    lang: 'ko',
    words: () => [
      ...line(['회의는', '본관', '3층에서', '열립니다'], 80, 120, 44),
      ...line(['신분증을', '지참해', '주십시오'], 80, 220, 44),
    ],
    fix: '회의가',
  },
  {
    name: 'japanese',
    lang: 'ja',
    words: () => [
      ...line(['東京都', '千代田区', '丸の内'], 80, 120, 44),
      ...line(['会議は', '午後', '三時から'], 80, 220, 44),
      // Vertical writing: one column turned a quarter.
      ...line(['縦書きの', '見出し'], 1050, 120, 40, 90),
    ],
    fix: '京都府',
  },
  {
    name: 'rotated',
    lang: 'en',
    words: () => [
      ...line(['Invoice', '2041', 'for', 'the', 'spring', 'order'], 120, 160, 40, 12),
      ...line(['Total', 'due', 'within', 'thirty', 'days'], 160, 600, 40, -20),
    ],
    fix: 'INVOICE',
  },
];

for (const s of SCRIPTS) {
  test(`the word editor over ${s.name} text (screenshot)`, async ({ page }) => {
    test.setTimeout(120_000);
    await openToProofread(page, s.words(), s.lang);
    // Reading order: the first word of the page is the first edited.
    await page.getByRole('button', { name: 'Order: lowest confidence first' }).click();
    await page.keyboard.press('Enter');
    const editor = page.getByTestId('word-editor');
    await expect(editor).toBeFocused();
    await expect(editor).toHaveValue(s.words()[0].text);
    await page.keyboard.type(s.fix);
    await page.screenshot({ path: `test-results/proofreading-${s.name}.png` });
    await page.keyboard.press('Enter');
    await expect(editor).toHaveValue(s.words()[1].text);
    // The last word (turned a quarter in Japanese, tilted in the rotated page) gets an editor too.
    const last = s.words().at(-1)!.text;
    for (let i = 0; i < s.words().length && (await editor.inputValue()) !== last; i++)
      await page.keyboard.press('Tab');
    await expect(editor).toHaveValue(last);
    await page.screenshot({ path: `test-results/proofreading-${s.name}-last.png` });
  });
}
