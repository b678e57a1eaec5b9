import type { Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import sharp from 'sharp';
import { openApp, openFiles, stats } from './support/app.ts';
import { readFixture } from './support/fixtures.ts';
import { openFixture, pixelsNear } from './support/review.ts';
import { layerInk, layerInkBox, rasterVisible } from './support/layers.ts';

/**
 * Text in place and reading order (issue 15 §5, §6) in the built app: the layers draw (their own
 * Konva canvases are read back), turn on and off from their keys and buttons, the text is on by
 * default for a response opened without its page image, and the hold key flicks between the
 * page image and the text.
 */

const openJsonOnly = async (page: Page, name: string) => {
  await openApp(page);
  await openFiles(page, [{ name, mimeType: 'application/json', buffer: readFixture(name).bytes }]);
};

test('text in place: on by default without a page image, toggled by X and its button', async ({ page }) => {
  await openJsonOnly(page, 'receipt-kingmart.v2.json');
  const button = page.getByTestId('layer-text');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => layerInk(page, 'text-layer')).toBeGreaterThan(2000);
  await page.screenshot({ path: 'test-results/text-layers-kingmart.png' });

  await page.keyboard.press('x');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => layerInk(page, 'text-layer')).toBe(-1);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => layerInk(page, 'text-layer')).toBeGreaterThan(2000);
});

test('text in place: off over a page image; V held shows the text on white, released the image', async ({
  page,
}) => {
  await openFixture(page, 'receipt-kingmart.v2.json');
  await expect(page.getByTestId('layer-text')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => rasterVisible(page)).toBe(true);
  expect(await layerInk(page, 'text-layer')).toBe(-1);

  await page.keyboard.down('v');
  await expect.poll(() => layerInk(page, 'text-layer')).toBeGreaterThan(2000);
  expect(await rasterVisible(page)).toBe(false);
  // Key repeat while held changes nothing.
  await page.keyboard.down('v');
  expect(await rasterVisible(page)).toBe(false);
  await page.keyboard.up('v');
  await expect.poll(() => rasterVisible(page)).toBe(true);
  await expect.poll(() => layerInk(page, 'text-layer')).toBe(-1);
  await expect(page.getByTestId('layer-text')).toHaveAttribute('aria-pressed', 'false');
});

test('vertical Japanese: a tall box of CJK text is set top to bottom, one character per cell', async ({
  page,
}) => {
  const column = {
    version: 'V2',
    images: [
      {
        inferResult: 'SUCCESS',
        convertedImageInfo: { width: 400, height: 600, pageIndex: 0, longImage: false },
        fields: [
          {
            inferText: '縦書きの日本語',
            inferConfidence: 0.99,
            lineBreak: true,
            boundingPoly: {
              vertices: [
                { x: 180, y: 60 },
                { x: 230, y: 60 },
                { x: 230, y: 460 },
                { x: 180, y: 460 },
              ],
            },
          },
        ],
      },
    ],
  };
  await openApp(page);
  await openFiles(page, [
    { name: 'tategaki.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(column)) },
  ]);
  await expect.poll(() => layerInk(page, 'text-layer')).toBeGreaterThan(500);
  const box = (await layerInkBox(page, 'text-layer'))!;
  // Set across the box, the text would be a short line squeezed into its width.
  expect(box.height).toBeGreaterThan(box.width * 4);
  await page.screenshot({ path: 'test-results/text-layers-vertical-ja.png' });
});

/** Two columns of three lines; `across` lists them line by line across both columns (interleaved). */
function twoColumns(across: boolean) {
  const box = (x: number, y: number) => ({
    vertices: [
      { x, y },
      { x: x + 160, y },
      { x: x + 160, y: y + 30 },
      { x, y: y + 30 },
    ],
  });
  const cells = [0, 1, 2].flatMap((row) => [0, 1].map((col) => ({ row, col })));
  const order = across ? cells : [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  return {
    version: 'V2',
    images: [
      {
        inferResult: 'SUCCESS',
        convertedImageInfo: { width: 800, height: 400, pageIndex: 0, longImage: false },
        fields: order.map(({ row, col }) => ({
          inferText: `c${col + 1}r${row + 1}`,
          inferConfidence: 0.99,
          lineBreak: true,
          boundingPoly: box(60 + col * 420, 60 + row * 50),
        })),
      },
    ],
  };
}

const ORANGE: [number, number, number] = [234, 88, 12];

test('reading order: numbered path, words or lines; interleaved columns stand out as jumps', async ({
  page,
}) => {
  const jumps: number[] = [];
  for (const across of [false, true]) {
    await openApp(page);
    const name = across ? 'interleaved.json' : 'columns.json';
    await openFiles(page, [
      { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(twoColumns(across))) },
    ]);
    await page.keyboard.press('o');
    await expect(page.getByTestId('layer-order')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => layerInk(page, 'reading-order-layer')).toBeGreaterThan(300);
    await page.mouse.move(5, 5);
    jumps.push(await pixelsNear(await page.getByTestId('overlay').screenshot(), ORANGE, 30));
    await page.screenshot({
      path: `test-results/text-layers-order-${across ? 'interleaved' : 'columns'}.png`,
    });
  }
  // Column by column: one jump (back up to the second column); across: a jump per line change.
  expect(jumps[0]).toBeGreaterThan(100);
  expect(jumps[1]).toBeGreaterThan(jumps[0] * 1.4);

  const unit = page.getByTestId('order-unit');
  await expect(unit).toHaveAttribute('data-unit', 'words');
  const before = await layerInk(page, 'reading-order-layer');
  await page.keyboard.press('Shift+O');
  await expect(unit).toHaveAttribute('data-unit', 'lines');
  await expect.poll(() => layerInk(page, 'reading-order-layer')).toBeGreaterThan(300);
  await page.keyboard.press('o');
  await expect.poll(() => layerInk(page, 'reading-order-layer')).toBe(-1);
  expect(before).toBeGreaterThan(0);
});

type Vertex = { x: number; y: number };
type Resp = {
  images: {
    convertedImageInfo?: { width: number; height: number };
    fields?: { boundingPoly: { vertices: Vertex[] } }[];
  }[];
};

/** A response for its page turned a quarter clockwise (W×H → H×W): each vertex keeps its role. */
function turned(json: Resp, height: number): Resp {
  const turn = (v: Vertex) => ({ x: height - v.y, y: v.x });
  return {
    ...json,
    images: json.images.map((im) => ({
      ...im,
      convertedImageInfo: im.convertedImageInfo && {
        ...im.convertedImageInfo,
        width: im.convertedImageInfo.height,
        height: im.convertedImageInfo.width,
      },
      fields: im.fields?.map((f) => ({
        ...f,
        boundingPoly: { vertices: f.boundingPoly.vertices.map(turn) },
      })),
    })),
  };
}

async function looks(page: Page, name: string) {
  await page.keyboard.press('x');
  await expect.poll(() => layerInk(page, 'text-layer')).toBeGreaterThan(500);
  await page.mouse.move(5, 5);
  await page.screenshot({ path: `test-results/text-layers-${name}-text.png` });
  await page.keyboard.down('v');
  await expect.poll(() => rasterVisible(page)).toBe(false);
  await page.screenshot({ path: `test-results/text-layers-${name}-flick.png` });
  await page.keyboard.up('v');
  await page.keyboard.press('x');
  await page.keyboard.press('o');
  await expect.poll(() => layerInk(page, 'reading-order-layer')).toBeGreaterThan(500);
  await page.screenshot({ path: `test-results/text-layers-${name}-order.png` });
  // The whole status bar stays on screen with every layer toggle shown (1440 px wide).
  const bar = (await page.locator('.statusbar').boundingBox())!;
  const opacity = (await page.locator('.statusbar .opacity').boundingBox())!;
  expect(opacity.x + opacity.width).toBeLessThanOrEqual(bar.x + bar.width);
  await page.keyboard.press('o');
}

test('Korean, Japanese and turned pages read by the engine: text in place and reading order', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  let ko: Resp | null = null;
  page.on('response', async (r) => {
    if (r.url().includes('/api/ocr/general') && r.ok() && !ko) ko = (await r.json()) as Resp;
  });
  for (const sample of ['ko-receipt', 'ja-page']) {
    await page.goto(`/?sample=${sample}`);
    await expect.poll(async () => Number((await stats(page)).words), { timeout: 90_000 }).toBeGreaterThan(3);
    await looks(page, sample);
  }
  expect(ko).not.toBeNull();
  const png = await (await request.get('/api/samples/ko-receipt')).body();
  const { height } = await sharp(png).metadata();
  await openApp(page);
  await openFiles(page, [
    {
      name: 'turned.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(turned(ko!, height!))),
    },
    { name: 'turned.png', mimeType: 'image/png', buffer: await sharp(png).rotate(90).png().toBuffer() },
  ]);
  await looks(page, 'turned');
});
