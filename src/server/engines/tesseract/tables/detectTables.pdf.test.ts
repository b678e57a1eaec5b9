import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectTables } from './detectTables.ts';
import { loadGray } from '../raster/grayPage.ts';
import { describeCells } from '../../../../../test/support/tables/describeTable.ts';
import { renderTablePdf } from '../../../../../test/support/tables/renderPdf.ts';

const run = promisify(execFile);

describe('detectTables on a PDF page rasterised like the relay does (pdftoppm -gray → PGM)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tables-pdf-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([72, 200])('reads the table of an A4 page at %i dpi', async (dpi) => {
    const { pdf, words } = await renderTablePdf(
      {
        x: 60,
        y: 120,
        colWidths: [120, 150, 110],
        rowHeights: [22, 22, 22, 22],
        stroke: 0.75,
        cells: [
          { row: 0, col: 0, lines: ['Rule'] },
          { row: 0, col: 1, lines: ['Before'] },
          { row: 0, col: 2, lines: ['After'] },
          { row: 1, col: 0, rowSpan: 2, lines: ['Clock'] },
          { row: 1, col: 1, lines: ['none'] },
          { row: 1, col: 2, lines: ['20 s'] },
          { row: 2, col: 1, lines: [] },
          { row: 2, col: 2, lines: ['18 s'] },
          { row: 3, col: 0, lines: ['Shift'] },
          { row: 3, col: 1, colSpan: 2, lines: ['limited'] },
        ],
      },
      { width: 595, height: 842, fontSize: 9 },
      dpi,
    );
    const pdfPath = join(dir, `table-${dpi}.pdf`);
    await writeFile(pdfPath, pdf);
    const prefix = join(dir, `page-${dpi}`);
    await run('pdftoppm', ['-r', String(dpi), '-gray', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
    const tables = detectTables(await loadGray(`${prefix}.pgm`), words);
    expect(tables.map(describeCells)).toEqual([
      [
        '0,0 1x1 Rule',
        '1,0 2x1 Clock',
        '3,0 1x1 Shift',
        '0,1 1x1 Before',
        '1,1 1x1 none',
        '2,1 1x1',
        '3,1 1x2 limited',
        '0,2 1x1 After',
        '1,2 1x1 20 s',
        '2,2 1x1 18 s',
      ],
    ]);
    // Polygons are in the page's pixels: the table starts at (60, 120) pt.
    const [tl] = tables[0].boundingPoly.vertices;
    expect(Math.abs(tl.x - (60 * dpi) / 72)).toBeLessThanOrEqual(2);
    expect(Math.abs(tl.y - (120 * dpi) / 72)).toBeLessThanOrEqual(2);
  });
});
