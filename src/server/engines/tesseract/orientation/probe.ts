import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { openPageImage } from '../preprocess/pageImage.ts';
import { runTesseractOutputs, type RecogniseOptions } from '../recognisePage.ts';
import { parseTsv } from '../tsv.ts';
import { centralWindow, inkBounds, lineGaps, type LineGaps } from './inkWindow.ts';
import type { QuarterTurn } from './quarterTurns.ts';
import { probeScores } from './readQuality.ts';

/** How the page's text stands: turned by a quarter turn, or upright in vertical columns. */
export type Orientation = { kind: 'turn'; turn: QuarterTurn } | { kind: 'vertical' };

/** Probes read a window this many glyphs across: a few lines, enough to tell, a fraction of a page. */
const PROBE_GLYPHS = 30;
/** Probe windows are reduced to this glyph height (px): tesseract still reads it, in less time. */
const PROBE_GLYPH_PX = 32;
/** The page is looked at on a copy at most this long to find its ink. */
const INK_MAX_SIDE = 1000;
/** Glyph height (px) assumed when the page analysis found none. */
const DEFAULT_GLYPH = 40;
const TURNS: QuarterTurn[] = [0, 90, 180, 270];

export interface ProbeOutcome {
  best: Orientation;
  /** Each candidate's score ('0', '90', ..., 'vertical'), for logs and measurements. */
  scores: Record<string, number>;
  /** The window's blank gaps between rows and between columns (see lineGaps). */
  gaps: LineGaps;
}

/**
 * Which way a page reads: a window of its ink is read at the four quarter turns (one tesseract
 * run over an image list) and, when `verticalLangs` are given, as vertical columns; the most
 * confident reading wins (see readQuality.ts). Undefined for a blank page.
 */
export async function probeOrientation(
  pagePath: string,
  glyphHeight: number | undefined,
  verticalLangs: readonly string[],
  dir: string,
  opts: RecogniseOptions,
): Promise<ProbeOutcome | undefined> {
  const crop = await probeWindow(pagePath, glyphHeight ?? DEFAULT_GLYPH);
  if (!crop) return undefined;
  const gaps = await gapsOf(crop);
  const files = await Promise.all(
    TURNS.map(async (turn) => {
      const file = join(dir, `probe-${turn}.png`);
      await sharp(crop).rotate(turn).png().toFile(file);
      return file;
    }),
  );
  const list = join(dir, 'probes.txt');
  await writeFile(list, files.join('\n') + '\n');
  const probeOpts = { ...opts, workDir: dir };
  const turned = probeScores(parseTsv((await runTesseractOutputs({ path: list }, probeOpts, 4)).tsv));
  const scores: Record<string, number> = {};
  TURNS.forEach((turn, i) => (scores[String(turn)] = turned.get(i + 1) ?? 0));
  // The vertical models read horizontal lines as confidently as they read columns (as tall
  // one-character "columns"), so they are asked only when the ink runs in columns.
  if (verticalLangs.length > 0 && gaps.cols > gaps.rows) {
    const { tsv } = await runTesseractOutputs({ path: files[0] }, { ...probeOpts, langs: verticalLangs }, 5);
    scores.vertical = probeScores(parseTsv(tsv)).get(1) ?? 0;
  }
  return { best: bestOf(scores), scores, gaps };
}

async function gapsOf(png: Buffer): Promise<LineGaps> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  return lineGaps({
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  });
}

/** The highest score; ties go to the upright page, which needs no further work. */
export function bestOf(scores: Record<string, number>): Orientation {
  let best = '0';
  for (const [k, s] of Object.entries(scores)) if (s > (scores[best] ?? 0)) best = k;
  return best === 'vertical' ? { kind: 'vertical' } : { kind: 'turn', turn: Number(best) as QuarterTurn };
}

/** The probe image: a window at the centre of the page's ink, reduced to PROBE_GLYPH_PX glyphs. */
async function probeWindow(pagePath: string, glyph: number): Promise<Buffer | undefined> {
  const page = await openPageImage(pagePath);
  const f = Math.min(1, INK_MAX_SIDE / Math.max(page.width, page.height));
  const w = Math.max(1, Math.round(page.width * f));
  const h = Math.max(1, Math.round(page.height * f));
  const grey = await page
    .open()
    .flatten({ background: '#fff' })
    .resize(w, h, { fit: 'fill' })
    .greyscale()
    .raw()
    .toBuffer();
  const ink = inkBounds({ data: new Uint8Array(grey.buffer, grey.byteOffset, w * h), width: w, height: h });
  if (!ink) return undefined;
  const inPage = {
    x0: Math.max(0, Math.floor(ink.x0 / f)),
    y0: Math.max(0, Math.floor(ink.y0 / f)),
    x1: Math.min(page.width, Math.ceil(ink.x1 / f)),
    y1: Math.min(page.height, Math.ceil(ink.y1 / f)),
  };
  // A glyph's margin around the ink, so edge characters are whole.
  const win = centralWindow(inPage, PROBE_GLYPHS * glyph);
  const left = Math.max(0, win.x0 - Math.round(glyph / 2));
  const top = Math.max(0, win.y0 - Math.round(glyph / 2));
  const width = Math.min(page.width, win.x1 + Math.round(glyph / 2)) - left;
  const height = Math.min(page.height, win.y1 + Math.round(glyph / 2)) - top;
  const scale = Math.min(1, PROBE_GLYPH_PX / glyph);
  return page
    .open()
    .flatten({ background: '#fff' })
    .extract({ left, top, width, height })
    .resize(Math.max(1, Math.round(width * scale)))
    .greyscale()
    .png()
    .toBuffer();
}
