import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { preparePageForOcr, type PreparedPage } from '../preprocess/index.ts';
import { openPageImage } from '../preprocess/pageImage.ts';
import type { RenderedPage } from '../raster/pageTypes.ts';
import type { RunLine } from '../cjkRuns.ts';
import { recognisePreparedPage } from '../preparedPage.ts';
import { outputBase, type RecogniseOptions } from '../recognisePage.ts';
import { parseTsv } from '../tsv.ts';
import { probeOrientation, type Orientation } from './probe.ts';
import { runLinesToOriginal, turnedSize, type QuarterTurn } from './quarterTurns.ts';
import { confidentChars, readQuality, readsUpright, wordQuality, type ReadQuality } from './readQuality.ts';
import { verticalLangs } from './verticalLangs.ts';
import { readVerticalPage } from './verticalText.ts';

export interface OrientedRead {
  lines: RunLine[];
  /** How the text was read; absent when the first, upright read was kept without probing. */
  orientation?: Orientation;
}

/**
 * recognisePreparedPage, for pages that may be turned or written in vertical columns. The page is
 * read as it is first; only when that read is poor (readsUpright) is the page probed (probe.ts)
 * and read again the way the probe found it reads best: turned upright, or as vertical columns.
 * Boxes are always in the original page's pixels. An upright page pays nothing beyond summing
 * its confidences. Photos (`lines`) are left as they are: their detector finds lines its own way.
 */
export async function recogniseOriented(
  page: RenderedPage,
  prepared: PreparedPage,
  opts: RecogniseOptions,
  /** The page's read as it is, already started (see recognisePreparedPage). */
  early?: Promise<RunLine[]>,
): Promise<OrientedRead> {
  const first = await recognisePreparedPage(page, prepared, opts, early);
  if (prepared.decision === 'lines' || readsUpright(await firstQuality(first, opts))) return { lines: first };
  const dir = join(opts.workDir, `orient-${opts.pageIndex + 1}`);
  await mkdir(dir, { recursive: true });
  const local = { ...opts, workDir: dir };
  const vertical = await verticalLangs(opts.langs, opts.tesseractPath);
  const probe = await probeOrientation(page.path, prepared.analysis.glyphHeight, vertical, dir, local);
  opts.signal.throwIfAborted();
  if (!probe || (probe.best.kind === 'turn' && probe.best.turn === 0)) return { lines: first };
  const again =
    probe.best.kind === 'vertical'
      ? await readVerticalPage(page, prepared, vertical, local)
      : await readTurned(page, probe.best.turn, dir, local);
  // The probe saw a window; the whole page decides between the two full reads.
  return confidentChars(again) > confidentChars(first)
    ? { lines: again, orientation: probe.best }
    : { lines: first };
}

/** The first read's quality from the words tesseract wrote for it (runs if the file is gone). */
async function firstQuality(lines: RunLine[], opts: RecogniseOptions): Promise<ReadQuality> {
  try {
    return wordQuality(parseTsv(await readFile(`${outputBase(opts)}.tsv`, 'utf8')));
  } catch {
    return readQuality(lines);
  }
}

/** The page turned upright (written as PNG), prepared and read like any page, boxes turned back. */
async function readTurned(
  page: RenderedPage,
  turn: QuarterTurn,
  dir: string,
  opts: RecogniseOptions,
): Promise<RunLine[]> {
  const path = join(dir, `turned-${turn}.png`);
  await (await openPageImage(page.path)).open().rotate(turn).png().toFile(path);
  const upright: RenderedPage = { path, ...turnedSize(page, turn), ...(page.dpi ? { dpi: page.dpi } : {}) };
  const prepDir = join(dir, `prep-${turn}`);
  await mkdir(prepDir, { recursive: true });
  const prepared = await preparePageForOcr(path, prepDir, { langs: [...opts.langs], lineDetector: 'off' });
  const lines = await recognisePreparedPage(upright, prepared, opts);
  return runLinesToOriginal(lines, turn, page);
}
