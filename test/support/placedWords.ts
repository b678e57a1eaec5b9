import sharp, { type OverlayOptions } from 'sharp';

/** A word drawn on a generated page, and where: its rendered box in page pixels. */
export interface PlacedWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedWordsPage {
  png: Buffer;
  width: number;
  height: number;
  words: PlacedWord[];
}

/**
 * A white page with `lines` drawn word by word (each word rendered alone and placed), so the
 * tests know exactly where every word is drawn: geometry checks of the engine's boxes need no
 * OCR of their own. `font` is a Pango face, e.g. 'Noto Sans CJK KR'.
 */
export async function renderPlacedWords(
  lines: readonly string[],
  opts: { font: string; pt?: number; dpi?: number; width: number; height: number; margin?: number },
): Promise<PlacedWordsPage> {
  const dpi = opts.dpi ?? 200;
  const em = ((opts.pt ?? 12) * dpi) / 72;
  const margin = opts.margin ?? Math.round(em * 2);
  const words: PlacedWord[] = [];
  const layers: OverlayOptions[] = [];
  let y = margin;
  for (const line of lines) {
    let x = margin;
    let lineHeight = 0;
    for (const text of line.split(' ').filter(Boolean)) {
      const img = await sharp({
        text: {
          text: `<span foreground="black">${text}</span>`,
          font: `${opts.font} ${opts.pt ?? 12}`,
          dpi,
          rgba: true,
        },
      })
        .png()
        .toBuffer({ resolveWithObject: true });
      layers.push({ input: img.data, left: x, top: y });
      words.push({ text, x0: x, y0: y, x1: x + img.info.width, y1: y + img.info.height });
      x += img.info.width + Math.round(em * 0.4);
      lineHeight = Math.max(lineHeight, img.info.height);
    }
    if (x > opts.width - margin) throw new Error(`line "${line}" does not fit ${opts.width}px`);
    y += lineHeight + Math.round(em * 0.6);
  }
  if (y > opts.height - margin) throw new Error(`the lines do not fit ${opts.height}px`);
  const png = await sharp({
    create: { width: opts.width, height: opts.height, channels: 3, background: '#fff' },
  })
    .composite(layers)
    .png()
    .toBuffer();
  return { png, width: opts.width, height: opts.height, words };
}

/**
 * A label image of the words (word i has value i + 1, 0 elsewhere; `part: 'top-left'` labels
 * only each word's top-left quarter), turned like the page with sharp, so a point of the turned
 * page can be looked up without any rotation maths of the code under test.
 */
export async function turnedLabels(
  page: PlacedWordsPage,
  turn: 0 | 90 | 180 | 270,
  part: 'whole' | 'top-left' = 'whole',
): Promise<{ at(x: number, y: number): number; width: number; height: number }> {
  const data = Buffer.alloc(page.width * page.height);
  page.words.forEach((w, i) => {
    const x1 = part === 'whole' ? w.x1 : Math.round((w.x0 + w.x1) / 2);
    const y1 = part === 'whole' ? w.y1 : Math.round((w.y0 + w.y1) / 2);
    for (let y = w.y0; y < y1; y++) data.fill(i + 1, y * page.width + w.x0, y * page.width + x1);
  });
  const { data: out, info } = await sharp(data, {
    raw: { width: page.width, height: page.height, channels: 1 },
  })
    .rotate(turn)
    .toColourspace('b-w') // sharp writes 3 channels from a 1-channel raw input otherwise
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    at: (x, y) => {
      const xi = Math.min(info.width - 1, Math.max(0, Math.floor(x)));
      const yi = Math.min(info.height - 1, Math.max(0, Math.floor(y)));
      return out[yi * info.width + xi];
    },
  };
}
