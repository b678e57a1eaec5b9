import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Run, RunLine } from './cjkRuns.ts';
import type { GrayImage } from './raster/grayImage.ts';
import { loadGray } from './raster/grayPage.ts';
import { writePgm } from './raster/pgm.ts';
import { runTesseractOutputs, type RecogniseOptions } from './recognisePage.ts';
import { parseTsv, type Box } from './tsv.ts';

/**
 * Digit groups re-read with `eng` on pages read without it (issue 17 §4). The CJK models read
 * digits badly and say so: on the relay's ruled-table sample `kor` reads `4,500` as `4500` at
 * confidence 0 and the right `7,000` at 59, while `eng` reads every digit cell right at 95–97.
 * Each digit-only word is cut out of the image tesseract read (its box, padded with the word's
 * paper tone so no neighbour shows), and all of a page's are read in ONE `eng --psm 7` run over an
 * image list. The `eng` reading replaces the word when it is itself a digit group and scored higher.
 */

/** A word of ASCII digits and the punctuation digit groups use (after NFKC: full-width too). */
const DIGIT_GROUP = /^[0-9.,:\-/%+()#*]+$/;

export function isDigitGroup(text: string): boolean {
  const t = text.normalize('NFKC');
  return /[0-9]/.test(t) && DIGIT_GROUP.test(t);
}

/** Whether a page read with `langs` gains from the re-read: only when `eng` was not among them. */
export function rereadsDigits(langs: readonly string[]): boolean {
  return !langs.includes('eng');
}

/** Padding around a word crop, in its heights (tesseract reads a glyph touching the edge badly). */
const PAD = 0.3;
/** Words shorter than this (pixels) are specks, not digits worth a re-read. */
const MIN_HEIGHT = 8;

/** The word's box cut out of `img`, padded with its paper tone (the brightest tenth of its pixels). */
export function wordCrop(img: GrayImage, box: Box): GrayImage | undefined {
  const x0 = Math.max(0, Math.floor(box.x0));
  const y0 = Math.max(0, Math.floor(box.y0));
  const x1 = Math.min(img.width, Math.ceil(box.x1));
  const y1 = Math.min(img.height, Math.ceil(box.y1));
  const [w, h] = [x1 - x0, y1 - y0];
  if (w <= 0 || h < MIN_HEIGHT) return undefined;
  const hist = new Uint32Array(256);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) hist[img.data[y * img.width + x]]++;
  let paper = 255;
  for (let seen = 0; paper > 0; paper--) if ((seen += hist[paper]) >= 0.1 * w * h) break;
  const pad = Math.max(4, Math.round(PAD * h));
  const width = w + 2 * pad;
  const height = h + 2 * pad;
  const data = new Uint8Array(width * height).fill(paper);
  for (let y = 0; y < h; y++)
    data.set(
      img.data.subarray((y0 + y) * img.width + x0, (y0 + y) * img.width + x1),
      (y + pad) * width + pad,
    );
  return { data, width, height };
}

/** What the `eng` re-read proposes for a word, when it should replace tesseract's first reading. */
export function betterReading(first: Pick<Run, 'text' | 'conf'>, eng: { text: string; conf: number }[]) {
  if (eng.length !== 1) return undefined;
  const [again] = eng;
  return isDigitGroup(again.text) && again.conf > first.conf ? again : undefined;
}

/**
 * Re-reads the digit groups among `groups[i]` (runs in the pixels of `images[i]`) with `eng`.
 * Same shape out; runs other than digit groups, or whose re-read is not better, are unchanged, and
 * all are when `opts.digitReread` is off (the engine turns it on: rereadsDigits, `eng` installed).
 * `opts.workDir` must be a directory of this call's own (the page's outputs live elsewhere).
 */
export async function rereadDigitGroups(
  groups: readonly (readonly Run[])[],
  images: readonly string[],
  opts: RecogniseOptions,
): Promise<Run[][]> {
  const out = groups.map((g) => [...g]);
  if (!opts.digitReread) return out;
  try {
    return await reread(groups, images, opts, out);
  } catch (e) {
    // An improvement, not a requirement: the page keeps its first reading (unless it was cancelled).
    if (opts.signal.aborted) throw e;
    return out;
  }
}

async function reread(
  groups: readonly (readonly Run[])[],
  images: readonly string[],
  opts: RecogniseOptions,
  out: Run[][],
): Promise<Run[][]> {
  const wanted = groups.map((g) => g.flatMap((r, k) => (isDigitGroup(r.text) ? [k] : [])));
  if (wanted.every((w) => w.length === 0)) return out;
  await mkdir(opts.workDir, { recursive: true });
  const asked: { group: number; run: number }[] = [];
  const files: string[] = [];
  for (const [group, runs] of wanted.entries()) {
    if (runs.length === 0) continue;
    const img = await loadGray(images[group]);
    for (const run of runs) {
      const crop = wordCrop(img, groups[group][run].box);
      if (!crop) continue;
      const file = join(opts.workDir, `digits-${files.length}.pgm`);
      await writePgm(file, Buffer.from(crop.data), crop.width, crop.height);
      files.push(file);
      asked.push({ group, run });
    }
  }
  if (files.length === 0) return out;
  const list = join(opts.workDir, 'digits.txt');
  await writeFile(list, files.map((f) => `${f}\n`).join(''));
  const { tsv } = await runTesseractOutputs({ path: list }, { ...opts, langs: ['eng'] }, 7);
  const read = new Map<number, { text: string; conf: number }[]>();
  for (const line of parseTsv(tsv)) read.set(line.page, [...(read.get(line.page) ?? []), ...line.words]);
  asked.forEach(({ group, run }, i) => {
    const first = out[group][run];
    const better = betterReading(first, read.get(i + 1) ?? []);
    if (better) out[group][run] = { ...first, text: better.text, conf: better.conf };
  });
  return out;
}

/** rereadDigitGroups for a whole page read from `image` (runs in its pixels). */
export async function rereadPageDigits(
  lines: readonly RunLine[],
  image: string,
  opts: RecogniseOptions,
): Promise<RunLine[]> {
  const [runs] = await rereadDigitGroups([lines.flatMap((l) => l.runs)], [image], opts);
  let i = 0;
  return lines.map((l) => ({ ...l, runs: l.runs.map(() => runs[i++]) }));
}
