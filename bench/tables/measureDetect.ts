/**
 * Times detectTables on a generated A4 page at 300 dpi (2480x3508): one 20x5 table with merged
 * cells plus paragraphs, upright and turned 3 degrees. Run:
 *   node --import tsx bench/tables/measureDetect.ts
 */
import { detectTables } from '../../src/server/engines/tesseract/tables/detectTables.ts';
import { renderPage, type PageSpec, type SpecCell } from '../../test/support/tables/renderPage.ts';

const cells: SpecCell[] = [];
for (let r = 0; r < 20; r++)
  for (let c = 0; c < 5; c++) {
    if (c === 0 && r % 4 === 1) cells.push({ row: r, col: c, rowSpan: 2, lines: [`Group ${r}`] });
    else if (c === 0 && r % 4 === 2) continue;
    else cells.push({ row: r, col: c, lines: [`R${r} C${c} 1,234`] });
  }
const spec: PageSpec = {
  width: 2480,
  height: 3508,
  fontSize: 36,
  tables: [{ x: 200, y: 300, colWidths: [400, 450, 400, 400, 400], rowHeights: Array(20).fill(90), cells }],
  texts: Array.from({ length: 25 }, (_, i) => ({
    x: 200,
    y: 2250 + i * 48,
    text: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor 2024',
  })),
};

for (const degrees of [0, 3]) {
  const { gray, words } = await renderPage(spec, degrees);
  const times: number[] = [];
  let cellCount = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    cellCount = detectTables(gray, words).reduce((n, t) => n + t.cells.length, 0);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${gray.width}x${gray.height} rotated ${degrees}°: ${cellCount} cells, median ${times[3].toFixed(0)} ms, min ${times[0].toFixed(0)} ms (7 runs, first includes JIT warm-up)`,
  );
}
