import sharp from 'sharp';
import type { OcrResponse } from '../../clova/index.ts';
import type { OptionSet } from '../store/optionSet.ts';
import type { Store } from '../store/store.ts';

/**
 * Test-only: pages whose words are solid boxes of known colours (so a crop can be checked to come
 * from where the word is without any OCR), CLOVA responses describing them, and done runs written
 * through the real queue (createBatch, claimRun, finishRun), as the batch worker writes them.
 */
export interface Word {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  lineBreak?: boolean;
}

/** A distinct, saturated colour per word index. */
export function colourOf(i: number): [number, number, number] {
  const hue = (i * 67) % 360;
  const c = (n: number) => {
    const k = (n + hue / 30) % 12;
    return Math.round(255 * (0.5 - 0.5 * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [c(0), c(8), c(4)];
}

/** A white page with each word as a filled box of colourOf(its index). */
export function colourPage(width: number, height: number, words: Word[]): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite(
      words.map((w, i) => {
        const [r, g, b] = colourOf(i);
        return {
          input: { create: { width: w.w, height: w.h, channels: 3 as const, background: { r, g, b } } },
          left: w.x,
          top: w.y,
        };
      }),
    )
    .png()
    .toBuffer();
}

/** A CLOVA V2 response for one page per entry of `pages`. */
export function responseOf(pages: { words: Word[]; width: number; height: number }[]): OcrResponse {
  return {
    version: 'V2',
    requestId: 'test',
    timestamp: 1,
    images: pages.map((p, pageIndex) => ({
      uid: '0'.repeat(32),
      name: `p${pageIndex}`,
      inferResult: 'SUCCESS',
      message: 'SUCCESS',
      validationResult: { result: 'NO_REQUESTED' },
      convertedImageInfo: { width: p.width, height: p.height, pageIndex, longImage: false },
      fields: p.words.map((w) => ({
        valueType: 'ALL',
        boundingPoly: {
          vertices: [
            { x: w.x, y: w.y },
            { x: w.x + w.w, y: w.y },
            { x: w.x + w.w, y: w.y + w.h },
            { x: w.x, y: w.y + w.h },
          ],
        },
        inferText: w.text,
        inferConfidence: 0.9,
        type: 'NORMAL',
        lineBreak: w.lineBreak ?? false,
      })),
    })),
  } as OcrResponse;
}

/** Three lines of words on a 400×200 page. */
export const PAGE_WORDS: Word[] = [
  { text: 'Hello', x: 20, y: 20, w: 60, h: 20 },
  { text: 'wrld', x: 90, y: 20, w: 50, h: 20 },
  { text: 'fromm', x: 150, y: 20, w: 70, h: 20, lineBreak: true },
  { text: '서울', x: 20, y: 70, w: 40, h: 24 },
  { text: 'Tokyo', x: 70, y: 70, w: 60, h: 24, lineBreak: true },
  { text: '12,000', x: 20, y: 130, w: 80, h: 22 },
  { text: 'won', x: 110, y: 130, w: 40, h: 22, lineBreak: true },
];

/** Runs `options` on every document of the project now, answering each with `responseFor(id)`. */
export async function runBatch(
  store: Store,
  projectId: string,
  options: OptionSet,
  responseFor: (documentId: string) => OcrResponse,
): Promise<void> {
  await store.createBatch(projectId, options);
  for (;;) {
    const run = await store.claimRun('gt-test', 60_000);
    if (!run) return;
    await store.finishRun('gt-test', run.id, { response: JSON.stringify(responseFor(run.document_id)) });
  }
}

export const TESSERACT_KO: OptionSet = {
  engine: 'tesseract',
  version: 'V2',
  lang: 'ko',
  enableTableDetection: false,
};
export const CLOVA_V1: OptionSet = { engine: 'clova', version: 'V1', lang: '', enableTableDetection: false };

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The RGB of pixel (x, y) of a PNG. */
export async function pixelAt(png: Buffer | Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i], data[i + 1], data[i + 2]];
}
