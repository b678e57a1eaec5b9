import type { Locator } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { blankPng, cellText, centroid, pageSizeFor, readFixture, squash } from './support/fixtures.ts';
import type { Cell } from './support/fixtures.ts';
import { clickWorld, openApp, openFiles } from './support/app.ts';

/** Table cells: clicked on the canvas and in the grid view, they show their text, row, column and spans. */
for (const name of ['table-kbo.v2.json', 'table-weekly-menu.v2.json']) {
  test(`${name}: a cell clicked on the canvas and in the grid shows its text`, async ({ page }) => {
    const { json, bytes } = readFixture(name);
    const size = pageSizeFor(name, json);
    const cells = json.images[0].tables![0].cells;
    await openApp(page);
    await openFiles(page, [
      { name, mimeType: 'application/json', buffer: bytes },
      { name: 'page.png', mimeType: 'image/png', buffer: await blankPng(size) },
    ]);

    // Words sit on top of cells; hide them (W) so a click lands on the cell.
    await page.keyboard.press('w');
    await expect(page.getByTestId('layer-words')).toHaveAttribute('aria-pressed', 'false');

    const texty = cells.filter((c) => cellText(c).trim().length > 0);
    const onCanvas = texty[Math.floor(texty.length / 2)];
    const c = centroid(onCanvas.boundingPoly.vertices);
    await clickWorld(page, 0, c.x, c.y);
    const inspector = page.getByTestId('inspector');
    await expect(inspector).toHaveAttribute('data-kind', 'cell');
    await expectCell(page.getByTestId('inspector-text'), onCanvas);
    await expect(page.getByTestId('cell-row')).toHaveText(String(onCanvas.rowIndex));
    await expect(page.getByTestId('cell-column')).toHaveText(String(onCanvas.columnIndex));

    // The grid view: an HTML table honouring spans, one <td> per cell.
    await page.getByTestId('tab-tables').click();
    const view = page.getByTestId('table-view');
    await expect(view.locator('td[data-target-kind="cell"]')).toHaveCount(cells.length);
    for (const span of cells.filter((x) => x.rowSpan > 1)) {
      await expect(view.locator(cellSelector(span))).toHaveAttribute('rowspan', String(span.rowSpan));
    }
    // The canvas selection is mirrored in the grid.
    await expect(view.locator(cellSelector(onCanvas))).toHaveClass(/selected/);

    const inGrid = texty[texty.length - 1];
    await view.locator(cellSelector(inGrid)).click();
    const details = page.getByTestId('table-cell-details');
    await expectCell(details.getByTestId('inspector-text'), inGrid);
    await expect(details.getByTestId('cell-row')).toHaveText(String(inGrid.rowIndex));
    await expect(details.getByTestId('cell-column')).toHaveText(String(inGrid.columnIndex));
  });
}

const cellSelector = (c: Cell) => `td[data-row="${c.rowIndex}"][data-col="${c.columnIndex}"]`;

async function expectCell(locator: Locator, cell: Cell) {
  await expect.poll(async () => squash((await locator.textContent()) ?? '')).toBe(squash(cellText(cell)));
}
