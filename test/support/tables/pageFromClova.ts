import sharp from 'sharp';
import type { ImageResult } from '../../../src/clova/index.ts';
import type { OcrWord } from '../../../src/server/engines/tesseract/tables/types.ts';
import type { GrayImage } from '../../../src/server/engines/tesseract/raster/grayImage.ts';
import { grayFromPng } from './renderPage.ts';

/**
 * Stands in for the document behind a real CLOVA response (which the project may not ship): a page
 * of the response's size with a rule around every table cell and each field's text drawn in its
 * box. The fields come back as OCR words, so detection can be compared with CLOVA's own tables.
 */
export async function pageFromClova(
  image: ImageResult,
  size: { width: number; height: number },
): Promise<{ gray: GrayImage; words: OcrWord[] }> {
  const svg: string[] = [];
  for (const table of image.tables ?? [])
    for (const cell of table.cells) {
      const points = cell.boundingPoly.vertices.map((v) => `${v.x},${v.y}`).join(' ');
      svg.push(`<polygon points="${points}" fill="none" stroke="#000" stroke-width="2"/>`);
    }
  const words: OcrWord[] = [];
  for (const field of image.fields ?? []) {
    const v = field.boundingPoly.vertices;
    const x0 = Math.min(...v.map((p) => p.x));
    const x1 = Math.max(...v.map((p) => p.x));
    const y0 = Math.min(...v.map((p) => p.y));
    const y1 = Math.max(...v.map((p) => p.y));
    const size = Math.max(6, (y1 - y0) * 0.8);
    const text = field.inferText.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
    svg.push(
      `<text x="${x0}" y="${y1 - (y1 - y0) * 0.15}" font-family="Noto Sans CJK KR" font-size="${size}" textLength="${x1 - x0}" lengthAdjust="spacingAndGlyphs">${text}</text>`,
    );
    words.push({
      text: field.inferText,
      confidence: field.inferConfidence,
      poly: v.map(({ x, y }) => ({ x, y })),
    });
  }
  const overlay = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">${svg.join('')}</svg>`,
  );
  const png = await sharp({ create: { ...size, channels: 3, background: '#ffffff' } })
    .composite([{ input: overlay }])
    .png()
    .toBuffer();
  return { gray: await grayFromPng(png), words };
}
