import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { blankPng, pageSizeFor, readFixture } from './fixtures.ts';
import type { Response } from './fixtures.ts';
import { openApp, openFiles } from './app.ts';

/** Opens a real fixture response over a blank page of its size; returns the parsed JSON. */
export async function openFixture(page: Page, name: string): Promise<Response> {
  const { json, bytes } = readFixture(name);
  await openApp(page);
  await openFiles(page, [
    { name, mimeType: 'application/json', buffer: bytes },
    { name: 'page.png', mimeType: 'image/png', buffer: await blankPng(pageSizeFor(name, json)) },
  ]);
  await expect(page.getByTestId('thumbnails')).toBeVisible();
  return json;
}

/** Text of the words a search or the inspector shows, folded as the viewer's search folds it. */
export const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Non-overlapping occurrences of `q` in `s`. */
export function occurrences(s: string, q: string): number {
  let n = 0;
  for (let k = s.indexOf(q); k >= 0; k = s.indexOf(q, k + q.length)) n++;
  return n;
}

/** Pixels of the canvas screenshot close to a colour (the review marks use hues nothing else uses). */
export async function pixelsNear(png: Buffer, rgb: [number, number, number], tol = 40): Promise<number> {
  const sharp = (await import('sharp')).default;
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let n = 0;
  for (let i = 0; i < info.width * info.height * 3; i += 3)
    if (
      Math.abs(data[i] - rgb[0]) <= tol &&
      Math.abs(data[i + 1] - rgb[1]) <= tol &&
      Math.abs(data[i + 2] - rgb[2]) <= tol
    )
      n++;
  return n;
}

/** Two pages of the real kingmart response (sized by convertedImageInfo), so "page" means something. */
export function twoPageResponse(): Buffer {
  const { json } = readFixture('receipt-kingmart.v2.json');
  const image = json.images[0];
  const pages = [0, 1].map((pageIndex) => ({
    ...image,
    convertedImageInfo: { width: 720, height: 960, pageIndex, longImage: false },
  }));
  return Buffer.from(JSON.stringify({ ...json, images: pages }));
}
