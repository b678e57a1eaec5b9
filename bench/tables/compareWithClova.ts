/**
 * Local check against a real CLOVA table response: runs detectTables on the page image with
 * CLOVA's own fields as the words, and prints both cell lists and whether they agree.
 *   node --import tsx bench/tables/compareWithClova.ts page.png response.json [scale]
 * `scale` multiplies CLOVA's coordinates when the image is rendered at another resolution.
 */
import { readFile } from 'node:fs/promises';
import { OcrResponseSchema } from '../../src/clova/index.ts';
import { detectTables } from '../../src/server/engines/tesseract/tables/detectTables.ts';
import { loadGray } from '../../src/server/engines/tesseract/raster/grayPage.ts';
import { describeCells } from '../../test/support/tables/describeTable.ts';

const [imagePath, jsonPath, scaleArg] = process.argv.slice(2);
if (!imagePath || !jsonPath) {
  console.error('usage: compareWithClova.ts <page image> <CLOVA response.json> [scale]');
  process.exit(2);
}
const k = Number(scaleArg ?? 1);
const image = OcrResponseSchema.parse(JSON.parse(await readFile(jsonPath, 'utf8'))).images[0];
const words = (image.fields ?? []).map((f) => ({
  text: f.inferText,
  confidence: f.inferConfidence,
  poly: f.boundingPoly.vertices.map((v) => ({ x: v.x * k, y: v.y * k })),
}));
const t0 = performance.now();
const ours = detectTables(await loadGray(imagePath), words).map(describeCells);
const ms = performance.now() - t0;
const clova = (image.tables ?? []).map(describeCells);
console.log('embedded:', JSON.stringify(ours, null, 1));
console.log('CLOVA:   ', JSON.stringify(clova, null, 1));
console.log(
  `${JSON.stringify(ours) === JSON.stringify(clova) ? 'SAME' : 'DIFFERENT'} structure and texts (${ms.toFixed(0)} ms)`,
);
