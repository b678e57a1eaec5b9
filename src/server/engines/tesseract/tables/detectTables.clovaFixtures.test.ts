import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { OcrResponseSchema } from '../../../../clova/index.ts';
import { detectTables } from './detectTables.ts';
import { describeCells } from '../../../../../test/support/tables/describeTable.ts';
import { pageFromClova } from '../../../../../test/support/tables/pageFromClova.ts';

const fixture = async (name: string) =>
  OcrResponseSchema.parse(JSON.parse(await readFile(`test/fixtures/clova/${name}`, 'utf8'))).images[0];

describe('detectTables against real CLOVA table responses (pages regenerated from them)', () => {
  it.each([
    // 72-dpi render of a PDF page: 6x3 grid with rowSpan 2 and empty cells.
    ['table-kbo.v2.json', { width: 595, height: 842 }, 16],
    // A wide photo-sized page: 21x5 grid, 15 empty cells, rules at the image edges.
    ['table-weekly-menu.v2.json', { width: 2987, height: 1237 }, 105],
  ])('%s: same cells, spans and cell texts as CLOVA', async (name, size, cellCount) => {
    const image = await fixture(name);
    expect(image.tables?.map((t) => t.cells.length)).toEqual([cellCount]);
    const { gray, words } = await pageFromClova(image, size);
    const tables = detectTables(gray, words);
    expect(tables.map(describeCells)).toEqual((image.tables ?? []).map(describeCells));
  });
});
