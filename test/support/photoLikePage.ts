import sharp from 'sharp';

/**
 * A generated stand-in for a phone photo of a receipt, for tests and the bench (the real photos
 * may not be shipped): small black text on paper lit unevenly (a grey gradient), turned by a
 * couple of degrees, with sensor noise, a slight blur and JPEG compression. Deterministic.
 */
export interface PhotoLikePageOptions {
  /** Default PHOTO_RECEIPT_LINES. */
  lines?: readonly string[];
  width?: number;
  height?: number;
  /** Font size in points at 72 dpi, i.e. about the pixel height of a line. Default 15. */
  fontSize?: number;
  /** Clockwise turn of the page, degrees. Default 2. */
  rotateDeg?: number;
  /** Standard deviation of the added noise, grey levels. Default 12. */
  noise?: number;
  /** JPEG quality. Default 60. */
  quality?: number;
  seed?: number;
}

/** Receipt-like lines with the digits and mixed scripts real receipts carry (the default text). */
export const PHOTO_RECEIPT_LINES: readonly string[] = [
  '킹마트 일산점 영수증',
  '사업자번호: 286-81-01771 대표자: 김현주',
  '판매일: 20-09-26 18:14 계산대: 002',
  '001 공주알밤술 750ml 1,300 2 2,600',
  '002 웰치소다포도 1.5L 1,980 1 1,980',
  '003 서울우유 1L 2,450 1 2,450',
  '004 신라면 멀티팩 3,480 1 3,480',
  '합계: 10,540 신용카드지불: 10,540',
  '킹마트를 찾아주셔서 감사합니다.',
];

/** The page as a JPEG. */
export async function renderPhotoLikePage(opts: PhotoLikePageOptions = {}): Promise<Buffer> {
  const width = opts.width ?? 900;
  const height = opts.height ?? 1200;
  const text = await sharp({
    text: {
      text: `<span foreground="black">${escapeMarkup((opts.lines ?? PHOTO_RECEIPT_LINES).join('\n'))}</span>`,
      font: `Noto Sans CJK KR ${opts.fontSize ?? 15}`,
      dpi: 72,
      rgba: true,
      width: Math.round(width * 0.8),
      spacing: 6,
    },
  })
    .extractChannel(3) // the glyphs' coverage
    .raw()
    .toBuffer({ resolveWithObject: true });

  const random = mulberry32(opts.seed ?? 1);
  const gauss = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const noise = opts.noise ?? 12;
  const left = Math.round(width * 0.1);
  const top = Math.round(height * 0.08);
  const grey = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Light falls off from the top-left corner: paper from ~235 down to ~120.
      const paper = 235 - 115 * ((0.6 * x) / width + (0.4 * y) / height);
      const tx = x - left;
      const ty = y - top;
      const ink =
        tx >= 0 && ty >= 0 && tx < text.info.width && ty < text.info.height
          ? text.data[ty * text.info.width + tx] / 255
          : 0;
      const value = paper * (1 - 0.85 * ink) + noise * gauss();
      grey[y * width + x] = Math.max(0, Math.min(255, Math.round(value)));
    }
  }
  return sharp(grey, { raw: { width, height, channels: 1 } })
    .rotate(opts.rotateDeg ?? 2, { background: '#404040' })
    .blur(0.6)
    .jpeg({ quality: opts.quality ?? 60 })
    .toBuffer();
}

/** A small seeded PRNG (mulberry32), so the page is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function escapeMarkup(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
