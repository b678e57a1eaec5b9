import { drawCamera, photograph, scan } from './camera.ts';
import { renderPaper, type PrintStyle } from './paper.ts';
import { seededRandom } from './random.ts';
import { documentLines, lineText, type DocKind, type PhotoLang } from './texts.ts';

export type { PhotoLang } from './texts.ts';

/**
 * A generated set of photo-like receipts and slips in Korean, Japanese and Traditional Chinese
 * with known text (issue 17 §3). Each page comes from its seed alone; the seed also fixes its half:
 * even seeds are the tuning half (what the engine's photo steps and the confidence calibration
 * are chosen on), odd seeds the checking half (what the bench reports). Pages are rendered on
 * demand (about 0.2 s each), never stored.
 */
export type Half = 'tuning' | 'checking';

/**
 * `photo`: a phone photo (perspective, curl, light, JPEG; the engine's line path). `scan`: the same
 * kinds of paper scanned flat (the engine's whole-page path), so the confidence calibration also
 * learns how tesseract's scores behave on clean pages.
 */
export type Capture = 'photo' | 'scan';

export interface PhotoSpec {
  seed: number;
  lang: PhotoLang;
  half: Half;
  capture: Capture;
}

export interface PhotoPage extends PhotoSpec {
  kind: DocKind;
  style: PrintStyle;
  /** The known text, a line per printed line. */
  text: string;
  jpeg: Buffer;
}

export const PHOTO_LANGS: readonly PhotoLang[] = ['ko', 'ja', 'zh-TW'];

/** tesseract's name for each language (what plain `tesseract -l` is given). */
export const TESSDATA_OF: Record<PhotoLang, string> = { ko: 'kor', ja: 'jpn', 'zh-TW': 'chi_tra' };

const LANG_BASE: Record<PhotoLang, number> = { ko: 1000, ja: 2000, 'zh-TW': 3000 };

/** The first `perLang` pages of one half, for every language (scans have seeds from base + 500). */
export function photoSpecs(half: Half, perLang: number, capture: Capture = 'photo'): PhotoSpec[] {
  return PHOTO_LANGS.flatMap((lang) =>
    Array.from({ length: perLang }, (_, i) => {
      const seed = LANG_BASE[lang] + (capture === 'scan' ? 500 : 0) + 2 * i + (half === 'tuning' ? 0 : 1);
      return { seed, lang, half, capture };
    }),
  );
}

const INKS: [number, number, number][] = [
  [20, 20, 25],
  [40, 30, 110], // thermal purple-blue
  [25, 45, 120], // ballpoint blue
  [60, 60, 60],
];
const ACCENTS: [number, number, number][] = [
  [170, 20, 30],
  [20, 20, 25],
  [30, 90, 40],
];
const PAPERS: [number, number, number][] = [
  [247, 246, 240],
  [250, 243, 225],
  [238, 244, 250],
  [250, 236, 238],
];

export async function renderPhoto(spec: PhotoSpec): Promise<PhotoPage> {
  const r = seededRandom(spec.seed * 7919 + 17);
  const drawn: DocKind = r.next() < 0.65 ? 'receipt' : 'slip';
  const style: PrintStyle =
    drawn === 'receipt'
      ? r.next() < 0.7
        ? 'thermal'
        : 'dotmatrix'
      : r.pick(['dotmatrix', 'laser'] as const);
  // A third of the scans are ruled price tables (laser-printed), the documents table detection reads.
  const table = spec.capture === 'scan' && r.next() < 0.35;
  const kind: DocKind = table ? 'table' : drawn;
  const printed: PrintStyle = table ? 'laser' : style;
  const lines = documentLines(spec.lang, kind, r);
  const fontPx = printed === 'dotmatrix' ? r.int(22, 28) : r.int(17, 24);
  const [ink, accentInk, tint] = [r.pick(INKS), r.pick(ACCENTS), r.pick(PAPERS)];
  // A scanner's white balance makes any paper white.
  const paperTone = spec.capture === 'scan' ? ([252, 252, 250] as const) : tint;
  const paper = await renderPaper(
    { lang: spec.lang, lines, style: printed, fontPx, ink, accentInk, paper: paperTone },
    r,
  );
  const jpeg = spec.capture === 'scan' ? await scan(paper, r) : await photograph(paper, drawCamera(r), r);
  return { ...spec, kind, style: printed, text: lines.map(lineText).join('\n'), jpeg };
}

/** The known text's words (space-separated tokens), NFKC-normalised, for word-level scoring. */
export function referenceWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}
