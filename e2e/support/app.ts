import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Driving the viewer through its stable automation hooks (test ids and window.ocrInspector). */
export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('empty-state')).toBeVisible();
}

export async function openFiles(page: Page, files: UploadFile[]): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(page.getByTestId('overlay')).toBeVisible();
}

/** Client coordinates of a response-space point of the current page. */
export async function toScreen(page: Page, pageIndex: number, x: number, y: number) {
  return page.evaluate(([p, px, py]) => window.ocrInspector.toScreen(p, px, py), [pageIndex, x, y] as const);
}

/**
 * toScreen once the view has stopped moving (a selection may still be panning into view, slowly
 * on a loaded machine): two reads 100 ms apart agree.
 */
export async function toScreenSettled(page: Page, pageIndex: number, x: number, y: number) {
  let last = await toScreen(page, pageIndex, x, y);
  await expect
    .poll(
      async () => {
        const now = await toScreen(page, pageIndex, x, y);
        const same = now.x === last.x && now.y === last.y;
        last = now;
        return same;
      },
      { intervals: [100] },
    )
    .toBe(true);
  return last;
}

export async function clickWorld(page: Page, pageIndex: number, x: number, y: number): Promise<void> {
  const s = await toScreen(page, pageIndex, x, y);
  await page.mouse.move(s.x, s.y);
  await page.mouse.click(s.x, s.y);
}

export async function stats(page: Page): Promise<Record<string, string>> {
  return page
    .getByTestId('doc-stats')
    .evaluate((el) => ({ ...(el as HTMLElement).dataset }) as Record<string, string>);
}

declare global {
  interface Window {
    ocrInspector: {
      toScreen(pageIndex: number, x: number, y: number): { x: number; y: number };
      goToPage(pageIndex: number): Promise<void>;
      currentPage(): number;
    };
  }
}
