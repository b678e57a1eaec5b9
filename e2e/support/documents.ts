import sharp from 'sharp';
import { makePdf, makeTiff, renderTextPage } from '../../test/support/documents.ts';

/** Small generated text pages: big enough for tesseract to read, small enough to keep the e2e run short. */
const PAGE = { width: 1100, height: 700, dpi: 200, fontSize: 13 } as const;

export const PAGE_LINES = [
  [
    'Invoice 2041 for the spring order',
    'Delivery on March 15 at the main hall',
    'Total due within thirty days',
  ],
  ['Second page of the same document', 'Please bring an identity card', 'Contact the office by phone'],
];

export function textPage(lines: readonly string[]): Promise<Buffer> {
  return renderTextPage({ lines, lang: 'en', ...PAGE });
}

/** A tall page of 80 lines: tesseract needs seconds for it, so a run of it can be cancelled in time. */
export function longTextPage(): Promise<Buffer> {
  const lines = Array.from({ length: 80 }, (_, i) => `${PAGE_LINES[i % 2][i % 3]} (${i + 1})`);
  return renderTextPage({ lines, lang: 'en', ...PAGE, height: 4600 });
}

export async function twoPagePdf(): Promise<Buffer> {
  return makePdf(await Promise.all(PAGE_LINES.map(textPage)));
}

export async function twoPageTiff(): Promise<Buffer> {
  return makeTiff(await Promise.all(PAGE_LINES.map(textPage)));
}

/** How many pixels of an RGB(A) PNG are clearly coloured (overlay strokes), as opposed to grey/black/white (paper, ink, UI). */
export async function colouredPixels(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let n = 0;
  for (let i = 0; i < info.width * info.height * 3; i += 3) {
    const r = data[i];
    const g = data[i + 1];
    const b = data[i + 2];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 80) n++;
  }
  return n;
}
