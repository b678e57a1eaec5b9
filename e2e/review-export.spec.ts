import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { cellText, readFixture } from './support/fixtures.ts';
import { openFixture } from './support/review.ts';

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { d, bytes: await readFile((await d.path())!) };
}

/** RFC 4180: quoted fields with doubled quotes and line breaks inside; CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

test('table-kbo: the table downloads as CSV, merged cells repeated or blank as chosen', async ({ page }) => {
  const json = await openFixture(page, 'table-kbo.v2.json');
  const cells = json.images[0].tables![0].cells;
  const rows = Math.max(...cells.map((c) => c.rowIndex + c.rowSpan));
  const cols = Math.max(...cells.map((c) => c.columnIndex + c.columnSpan));
  expect(cells.some((c) => c.rowSpan > 1 || c.columnSpan > 1)).toBe(true);
  await page.getByTestId('tab-review').click();

  for (const spans of ['repeat', 'blank'] as const) {
    await page.getByTestId(`csv-spans-${spans}`).check();
    const { d, bytes } = await downloadOf(page, () => page.getByTestId('export-csv').click());
    expect(d.suggestedFilename()).toMatch(/\.csv$/);
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const grid = parseCsv(text.slice(1));
    expect(grid).toHaveLength(rows);
    for (const r of grid) expect(r).toHaveLength(cols);
    for (const c of cells) {
      for (let r = c.rowIndex; r < c.rowIndex + c.rowSpan; r++)
        for (let k = c.columnIndex; k < c.columnIndex + c.columnSpan; k++) {
          const topLeft = r === c.rowIndex && k === c.columnIndex;
          expect(grid[r][k]).toBe(spans === 'repeat' || topLeft ? cellText(c) : '');
        }
    }
  }
});

test('receipt-kingmart: raw JSON, plain text and an annotated PNG download', async ({ page }) => {
  const name = 'receipt-kingmart.v2.json';
  const { json } = readFixture(name);
  await openFixture(page, name);
  await page.getByTestId('tab-review').click();

  const raw = await downloadOf(page, () => page.getByTestId('export-json').click());
  expect(raw.d.suggestedFilename()).toMatch(/\.json$/);
  expect(JSON.parse(raw.bytes.toString('utf8'))).toEqual(json);

  const txt = await downloadOf(page, () => page.getByTestId('export-text').click());
  expect(txt.d.suggestedFilename()).toMatch(/\.txt$/);
  const text = txt.bytes.toString('utf8');
  // Every word is in the text, in lines (the receipt has 22 of them).
  for (const f of json.images[0].fields!) expect(text).toContain(f.inferText);
  expect(text.trim().split('\n').length).toBeGreaterThan(10);

  const png = await downloadOf(page, () => page.getByTestId('export-png').click());
  expect(png.d.suggestedFilename()).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Twice the canvas size, so it stays sharp on a slide.
  const box = (await page.getByTestId('overlay').boundingBox())!;
  expect(png.bytes.readUInt32BE(16)).toBe(Math.round(box.width) * 2);

  // Shift+S saves the same view from the keyboard.
  const again = await downloadOf(page, () => page.keyboard.press('Shift+S'));
  expect(again.d.suggestedFilename()).toMatch(/\.png$/);
});
