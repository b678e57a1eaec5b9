import type { Page } from '@playwright/test';
import { expect } from './test.ts';
import { scriptPage } from './scriptPages.ts';
import type { PlacedWord } from './scriptPages.ts';

/** Proofreading e2e helpers: the stored ground truth and its history, a page opened to proofread. */

export type GtField = { id: string; inferText: string; review: string; boundingPoly?: unknown };
export type GtJson = { revision: number; images: { fields: GtField[] }[] };
export type GtHistory = {
  revision: number;
  reviewer: string;
  entries: { who: string; op: string; before: GtField[]; after: GtField[] }[];
}[];

export const gtOf = async (page: Page, docId: string): Promise<GtJson> => {
  const res = await page.request.get(`/api/documents/${docId}/groundtruth`);
  expect(res.status()).toBe(200);
  return (await res.json()) as GtJson;
};

export const fieldsOf = (gt: GtJson): GtField[] => gt.images.flatMap((i) => i.fields);

export const historyOf = async (page: Page, docId: string): Promise<GtHistory> => {
  const res = await page.request.get(`/api/documents/${docId}/groundtruth/changes`);
  expect(res.status()).toBe(200);
  return (await res.json()) as GtHistory;
};

export const docIdOf = (page: Page): string => new URL(page.url()).searchParams.get('doc')!;

/**
 * A generated page with its response opened (so kept in the Inbox with a stored id), proofreading
 * on, as `reviewer` (the URL names the reviewer, so nothing asks). Returns the document's id.
 */
export async function openToProofread(
  page: Page,
  words: PlacedWord[],
  lang: string,
  reviewer = 'E2E reviewer',
): Promise<string> {
  const { png, response } = await scriptPage(words, lang);
  await page.goto(`/?reviewer=${encodeURIComponent(reviewer)}`);
  const stem = `proof-${lang}-${Date.now()}`;
  await page.getByTestId('file-input').setInputFiles([
    { name: `${stem}.png`, mimeType: 'image/png', buffer: png },
    { name: `${stem}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(response)) },
  ]);
  await expect(page.getByTestId('overlay')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('doc'), { timeout: 30_000 }).toBeTruthy();
  const docId = docIdOf(page);
  await expect
    .poll(async () => (await page.request.get(`/api/documents/${docId}/groundtruth`)).status(), {
      timeout: 30_000,
    })
    .toBe(200);
  await page.keyboard.press('e');
  await expect(page.getByTestId('review-progress')).toHaveAttribute('data-total', String(words.length));
  return docId;
}

/** Levenshtein distance over code points: the test's own, to check the Score tab's figure. */
export function distance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length];
}
