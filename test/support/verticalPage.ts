import sharp from 'sharp';

const FONTS = { ja: 'Noto Sans CJK JP', 'zh-TW': 'Noto Sans CJK TC' } as const;

/**
 * A page of `lines` set in vertical columns, right to left, each column top to bottom, as
 * Japanese and Chinese are printed: Pango lays the text out with its glyphs turned (gravity
 * east), and the whole is turned a quarter clockwise, which stands the glyphs upright again.
 */
export async function renderVerticalPage(
  lines: readonly string[],
  lang: keyof typeof FONTS,
  opts: { pt?: number; dpi?: number; margin?: number } = {},
): Promise<Buffer> {
  const markup = `<span foreground="black" lang="${lang}" gravity="east">${lines.join('\n')}</span>`;
  const dpi = opts.dpi ?? 200;
  const text = await sharp({
    text: { text: markup, font: `${FONTS[lang]} ${opts.pt ?? 12}`, dpi, rgba: true },
  })
    .png()
    .toBuffer();
  const m = opts.margin ?? Math.round(dpi / 3);
  const flat = await sharp(text)
    .flatten({ background: '#fff' })
    .extend({ top: m, bottom: m, left: m, right: m, background: '#fff' })
    .png()
    .toBuffer();
  return sharp(flat).rotate(90).withDensity(dpi).png().toBuffer();
}
