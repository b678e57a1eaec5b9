import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { OcrResponseSchema, type Field, type OcrResponse } from '../../../../clova/index.ts';
import { cer } from '../../../../model/review/metrics.ts';
import { createTesseractEngine } from '../index.ts';
import { engineInputFor } from '../../../../../test/support/engineInput.ts';
import {
  renderPlacedWords,
  turnedLabels,
  type PlacedWordsPage,
} from '../../../../../test/support/placedWords.ts';
import { responseText } from '../../../../../test/support/responseText.ts';
import { sampleLines } from '../../../../../test/support/sampleText.ts';
import { renderVerticalPage } from '../../../../../test/support/verticalPage.ts';

/**
 * Turned and vertical pages through the real engine. Every word of the test page is drawn alone
 * at a known place, and where it lands on the turned page is looked up in a label image turned
 * by sharp, so the boxes are checked without the engine's own rotation code.
 */
const dir = mkdtempSync(join(tmpdir(), 'tesseract-orientation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const engine = createTesseractEngine({ tmpDir: dir });

const KO = sampleLines('ko').slice(0, 2);
const TURNS = [0, 90, 180, 270] as const;
let page: PlacedWordsPage;
const results = new Map<number, OcrResponse>();
let vertical: OcrResponse;

async function run(png: Buffer, lang: string): Promise<OcrResponse> {
  const out = await engine.run(engineInputFor(png, dir, { format: 'png', lang }));
  return OcrResponseSchema.parse(out.body);
}

beforeAll(async () => {
  page = await renderPlacedWords(KO, { font: 'Noto Sans CJK KR', width: 1300, height: 400 });
  await Promise.all([
    ...TURNS.map(async (turn) => {
      const png = turn === 0 ? page.png : await sharp(page.png).rotate(turn).png().toBuffer();
      results.set(turn, await run(png, 'ko'));
    }),
    (async () =>
      (vertical = await run(await renderVerticalPage(sampleLines('ja').slice(0, 3), 'ja'), 'ja')))(),
  ]);
}, 120_000);

const bounds = (f: Field) => {
  const xs = f.boundingPoly.vertices.map((v) => v.x);
  const ys = f.boundingPoly.vertices.map((v) => v.y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
};

describe('pages turned by a quarter, half or three quarters', () => {
  for (const turn of TURNS) {
    describe(`${turn}° clockwise`, () => {
      it('reads the text upright, in order', () => {
        expect(cer(KO.join('\n'), responseText(results.get(turn)!))).toBeLessThan(0.05);
      });

      it('answers in the page as sent: its size, and each word boxed where it is drawn', async () => {
        const image = results.get(turn)!.images[0];
        const labels = await turnedLabels(page, turn);
        expect(image.convertedImageInfo).toMatchObject({ width: labels.width, height: labels.height });
        // Where each word lies on the turned page, found by scanning its label.
        const drawn = page.words.map(() => ({ x0: Infinity, y0: Infinity, x1: -1, y1: -1 }));
        for (let y = 0; y < labels.height; y++) {
          for (let x = 0; x < labels.width; x++) {
            const l = labels.at(x, y);
            if (l === 0) continue;
            const d = drawn[l - 1];
            Object.assign(d, {
              x0: Math.min(d.x0, x),
              y0: Math.min(d.y0, y),
              x1: Math.max(d.x1, x + 1),
              y1: Math.max(d.y1, y + 1),
            });
          }
        }
        const fields = image.fields ?? [];
        const boxed = page.words.filter((w, i) => {
          const d = drawn[i];
          const cx = (d.x0 + d.x1) / 2;
          const cy = (d.y0 + d.y1) / 2;
          return fields.some((f) => {
            const b = bounds(f);
            const centreOnWord = labels.at((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2) === i + 1;
            return (
              f.inferText === w.text && centreOnWord && b.x0 <= cx && cx <= b.x1 && b.y0 <= cy && cy <= b.y1
            );
          });
        });
        expect(boxed.length).toBeGreaterThanOrEqual(Math.ceil(page.words.length * 0.9));
      });

      it("starts each quad at the text's own top-left corner", async () => {
        const corners = await turnedLabels(page, turn, 'top-left');
        const fields = results.get(turn)!.images[0].fields ?? [];
        const ok = fields.filter((f) => {
          const [v0, , v2] = f.boundingPoly.vertices;
          // A quarter of the way from v0 to the opposite corner: inside the word's top-left quarter.
          return corners.at(v0.x + (v2.x - v0.x) / 4, v0.y + (v2.y - v0.y) / 4) > 0;
        });
        expect(ok.length).toBeGreaterThanOrEqual(Math.ceil(fields.length * 0.9));
      });
    });
  }
});

describe('vertical Japanese columns', () => {
  it('reads the columns right to left, each column top to bottom', () => {
    const expected = sampleLines('ja').slice(0, 3);
    expect(cer(expected.join('\n'), responseText(vertical))).toBeLessThan(0.05);
    const lines = responseText(vertical).split('\n');
    expect(lines).toHaveLength(3);
    lines.forEach((l, i) => expect(cer(expected[i], l)).toBeLessThan(0.1));
  });

  it('boxes the columns as tall boxes on the page, each left of the one before', () => {
    const fields = vertical.images[0].fields ?? [];
    const boxes = fields.map(bounds);
    for (const b of boxes) expect(b.y1 - b.y0).toBeGreaterThan(b.x1 - b.x0);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].x0).toBeLessThan(boxes[i - 1].x1);
    const firstColumn = boxes[0];
    expect(firstColumn.x1).toBeGreaterThan(vertical.images[0].convertedImageInfo!.width / 2);
  });
});
