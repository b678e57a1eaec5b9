import { test, expect } from './support/test.ts';
import { cellText, centroid, squash } from './support/fixtures.ts';
import type { Response } from './support/fixtures.ts';
import { clickWorld, openApp, stats } from './support/app.ts';

/**
 * Issue #4: a table found by the embedded engine (a real run through the relay with table
 * detection on) is drawn, and clicking one of its cells on the canvas inspects that cell.
 */
test('ruled-table sample: a cell of the engine-detected table, clicked on the canvas, shows its row, column and text', async ({
  page,
}) => {
  await openApp(page);
  const answer = page.waitForResponse((r) => r.url().includes('/api/ocr/general') && r.status() === 200);
  await page.getByTestId('sample-ruled-table').click();
  const response = await answer;
  // The run went to the embedded engine, with table detection on (tables come back only then).
  expect(response.request().headers()['x-ocr-engine']).toBe('tesseract');
  await expect(page.getByTestId('tables-toggle')).toBeChecked();
  const json = (await response.json()) as Response;
  const cells = json.images[0].tables?.[0]?.cells ?? [];
  expect(cells.length).toBeGreaterThanOrEqual(8);
  await expect.poll(async () => Number((await stats(page)).cells)).toBe(cells.length);

  // Words sit on top of cells; hide them (W) so the click lands on the cell.
  await page.keyboard.press('w');
  await expect(page.getByTestId('layer-words')).toHaveAttribute('aria-pressed', 'false');

  // A cell of the body (not the header row) with text, so row, column and text all say something.
  const cell = cells.find((c) => c.rowIndex > 0 && c.columnIndex > 0 && cellText(c).trim().length > 0)!;
  expect(cell).toBeDefined();
  const c = centroid(cell.boundingPoly.vertices);
  await clickWorld(page, 0, c.x, c.y);
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-kind', 'cell');
  await expect(page.getByTestId('cell-row')).toHaveText(String(cell.rowIndex));
  await expect(page.getByTestId('cell-column')).toHaveText(String(cell.columnIndex));
  await expect
    .poll(async () => squash((await page.getByTestId('inspector-text').textContent()) ?? ''))
    .toBe(squash(cellText(cell)));

  // The Tables tab mirrors the selection in its grid.
  await page.getByTestId('tab-tables').click();
  await expect(
    page.getByTestId('table-view').locator(`td[data-row="${cell.rowIndex}"][data-col="${cell.columnIndex}"]`),
  ).toHaveClass(/selected/);
});
