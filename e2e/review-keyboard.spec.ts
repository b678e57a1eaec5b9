import { test, expect } from './support/test.ts';
import { openFixture } from './support/review.ts';

test('the ? overlay lists the review shortcuts; tabs, canvas and search have roles and names', async ({
  page,
}) => {
  const json = await openFixture(page, 'receipt-kingmart.v2.json');
  const words = json.images[0].fields!.length;

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const keys of ['Ctrl/Cmd+F', 'N / Shift+N', 'D', 'Shift+S', 'PgUp / PgDn', 'Ctrl+Enter'])
    await expect(help.locator('kbd', { hasText: keys }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // The canvas says what it shows.
  await expect(page.getByRole('img', { name: new RegExp(`^Page 1 of 1: ${words} words`) })).toBeVisible();

  // Side tabs follow the ARIA tabs pattern: arrows move between them, the panel is labelled by its tab.
  const inspectorTab = page.getByRole('tab', { name: 'Inspector' });
  await inspectorTab.click();
  await expect(inspectorTab).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  const textTab = page.getByRole('tab', { name: 'Text' });
  await expect(textTab).toBeFocused();
  await expect(textTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Text' })).toBeVisible();
  await page.getByRole('tab', { name: 'Score' }).click();
  await expect(page.getByRole('textbox', { name: 'Expected text of page 1' })).toBeVisible();

  // D toggles the doubtful-only filter from the keyboard.
  await page.getByRole('tab', { name: 'Review' }).click();
  const filter = page.getByRole('checkbox', { name: /Only words below/ });
  await expect(filter).not.toBeChecked();
  await page.keyboard.press('d');
  await expect(filter).toBeChecked();
  await page.keyboard.press('d');
  await expect(filter).not.toBeChecked();

  // Ctrl+F opens a labelled search box whose count is announced.
  await page.keyboard.press('Control+f');
  const box = page.getByRole('searchbox', { name: 'Find text in all pages' });
  await expect(box).toBeFocused();
  await box.fill('합');
  await expect(page.getByRole('search').getByRole('status')).toContainText(/of \d+/);
});
