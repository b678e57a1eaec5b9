import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectTables } from './detectTables.ts';
import { loadGray } from '../raster/grayPage.ts';
import { describeCells } from '../../../../../test/support/tables/describeTable.ts';
import { renderPage } from '../../../../../test/support/tables/renderPage.ts';
import { parseTesseractTsv } from '../../../../../test/support/tables/tesseractTsv.ts';

const run = promisify(execFile);

describe('detectTables with words from the real tesseract', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tables-tesseract-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('puts each recognised word in its cell, merged cells included', async () => {
    const page = await renderPage({
      width: 1400,
      height: 700,
      fontSize: 32,
      tables: [
        {
          x: 80,
          y: 80,
          colWidths: [260, 360, 300],
          rowHeights: [80, 80, 80, 80],
          cells: [
            { row: 0, col: 0, lines: ['Product'] },
            { row: 0, col: 1, lines: ['Origin'] },
            { row: 0, col: 2, lines: ['Price'] },
            { row: 1, col: 0, rowSpan: 2, lines: ['Apples'] },
            { row: 1, col: 1, lines: ['Chungju'] },
            { row: 1, col: 2, lines: ['4,200'] },
            { row: 2, col: 1, lines: ['Andong'] },
            { row: 2, col: 2, lines: ['3,900'] },
            { row: 3, col: 0, lines: ['Pears'] },
            { row: 3, col: 1, colSpan: 2, lines: ['Sold out'] },
          ],
        },
      ],
    });
    const path = join(dir, 'table.png');
    await writeFile(path, page.png);
    // sharp writes 72 dpi into the PNG, which derails tesseract's layout analysis: say 300.
    const { stdout } = await run('tesseract', [path, 'stdout', '-l', 'eng', '--dpi', '300', 'tsv'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    const tables = detectTables(await loadGray(path), parseTesseractTsv(stdout));
    expect(tables.map(describeCells)).toEqual([
      [
        '0,0 1x1 Product',
        '1,0 2x1 Apples',
        '3,0 1x1 Pears',
        '0,1 1x1 Origin',
        '1,1 1x1 Chungju',
        '2,1 1x1 Andong',
        '3,1 1x2 Sold out',
        '0,2 1x1 Price',
        '1,2 1x1 4,200',
        '2,2 1x1 3,900',
      ],
    ]);
  });
});
