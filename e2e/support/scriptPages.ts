import sharp from 'sharp';

/**
 * Pages with words at known places, in any script and at any angle: an SVG drawn by sharp (the
 * Noto CJK fonts of the machine) and the CLOVA V2 response that puts each word's box where it is
 * drawn. For looking at the word editor over Korean, Japanese and turned text.
 */
export interface PlacedWord {
  text: string;
  x: number;
  y: number;
  size: number;
  /** Degrees, clockwise, about the word's top-left corner. */
  angle?: number;
}

const WIDE = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/g;
const widthOf = (w: PlacedWord) => {
  const wide = w.text.match(WIDE)?.length ?? 0;
  return (wide + (Array.from(w.text).length - wide) * 0.56) * w.size;
};
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export async function scriptPage(
  words: PlacedWord[],
  lang: string,
  size = { width: 1200, height: 800 },
  /** One pixel's colour, so each call is a new document (the store keeps one per content hash). */
  salt = Date.now(),
): Promise<{ png: Buffer; response: unknown }> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">
<rect width="100%" height="100%" fill="white"/>
<rect width="1" height="1" fill="#${(salt % 0xffffff).toString(16).padStart(6, '0')}"/>
${words
  .map(
    (w) =>
      `<text x="${w.x}" y="${w.y + w.size * 0.88}" font-size="${w.size}" font-family="Noto Sans CJK KR, Noto Sans CJK JP, sans-serif" transform="rotate(${w.angle ?? 0} ${w.x} ${w.y})">${esc(w.text)}</text>`,
  )
  .join('\n')}
</svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  const fields = words.map((w, i) => {
    const a = ((w.angle ?? 0) * Math.PI) / 180;
    const turn = (dx: number, dy: number) => ({
      x: Math.round((w.x + dx * Math.cos(a) - dy * Math.sin(a)) * 10) / 10,
      y: Math.round((w.y + dx * Math.sin(a) + dy * Math.cos(a)) * 10) / 10,
    });
    const wd = widthOf(w);
    const h = w.size * 1.15;
    const next = words[i + 1];
    return {
      valueType: 'ALL',
      boundingPoly: { vertices: [turn(0, 0), turn(wd, 0), turn(wd, h), turn(0, h)] },
      inferText: w.text,
      inferConfidence: 0.55 + ((i * 37) % 45) / 100,
      type: 'NORMAL',
      lineBreak: !next || Math.abs(next.y - w.y) > w.size / 2 || next.angle !== w.angle,
    };
  });
  const response = {
    version: 'V2',
    requestId: `script-${lang}`,
    timestamp: 1765000000000,
    images: [{ uid: 'u', name: `script-${lang}`, inferResult: 'SUCCESS', message: 'SUCCESS', fields }],
  };
  return { png, response };
}

/** Words laid out in lines from (x, y), `gap` px apart, at `angle`. */
export function line(texts: string[], x: number, y: number, size: number, angle = 0): PlacedWord[] {
  const out: PlacedWord[] = [];
  const a = (angle * Math.PI) / 180;
  let along = 0;
  for (const text of texts) {
    out.push({ text, x: x + along * Math.cos(a), y: y + along * Math.sin(a), size, angle });
    const wide = text.match(WIDE)?.length ?? 0;
    along += (wide + (Array.from(text).length - wide) * 0.56) * size + size * 0.5;
  }
  return out;
}
