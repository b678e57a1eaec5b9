import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OcrResponseSchema } from '../../src/clova/index.ts';
import type { Engine } from '../../src/server/engines/engine.ts';
import { bagOfCharsCer } from '../../src/model/review/metrics.ts';
import { engineInputFor } from '../../test/support/engineInput.ts';
import { responseText } from '../../test/support/responseText.ts';
import {
  TESSDATA_OF,
  renderPhoto,
  type PhotoLang,
  type PhotoPage,
  type PhotoSpec,
} from '../../test/support/photoSet/index.ts';
import { plainTesseractText } from '../photoCer.ts';
import { analysePage } from '../../src/server/engines/tesseract/preprocess/pageAnalysis.ts';
import type { ReadPath } from '../../src/server/engines/tesseract/calibration/model.ts';
import { loadTextLineDetector } from '../../src/server/engines/tesseract/preprocess/index.ts';
import { boxScoreAt } from '../../src/server/engines/tesseract/preprocess/lines/boxScore.ts';

/** One generated photo read by the engine (and, when asked, by plain `tesseract -l <lang>`). */
export interface PhotoRun {
  page: Omit<PhotoPage, 'jpeg'>;
  /** The path the engine took: preparePageForOcr reads unclean pages as line crops (detector loaded). */
  path: ReadPath;
  /**
   * The engine's fields: text and inferConfidence, and on the line path the detector's score for
   * the box holding the field's centre (the score the engine carried to it, see boxScore.ts).
   */
  words: { text: string; confidence: number; detectorScore?: number }[];
  engineCer: number;
  plainCer?: number;
}

/**
 * Renders each spec into `workDir`, reads it with `engine` (the request's `lang` is the page's) and,
 * unless `plain` is false, with plain tesseract, one page at a time. CER is bag-of-characters
 * (bagOfCharsCer), as engine.photo_cer_* has always been.
 */
export async function runPhotoSet(
  specs: readonly PhotoSpec[],
  engine: Engine,
  workDir: string,
  opts: { plain?: boolean | ((spec: PhotoSpec) => boolean); onPage?: (run: PhotoRun) => void } = {},
): Promise<PhotoRun[]> {
  const runs: PhotoRun[] = [];
  for (const spec of specs) {
    const { jpeg, ...page } = await renderPhoto(spec);
    const dir = await mkdtemp(path.join(workDir, 'photo-'));
    try {
      const image = path.join(dir, `${spec.lang}-${spec.seed}.jpg`);
      await writeFile(image, jpeg);
      const out = await engine.run(engineInputFor(jpeg, dir, { format: 'jpg', lang: spec.lang }));
      if (out.status !== 200) throw new Error(`engine answered ${out.status} on seed ${spec.seed}`);
      const body = OcrResponseSchema.parse(out.body);
      const fields = body.images[0].fields ?? [];
      const readPath: ReadPath = (await analysePage(image)).clean ? 'page' : 'lines';
      const scoreAt = readPath === 'lines' ? await detectorScores(image) : () => undefined;
      const run: PhotoRun = {
        page,
        path: readPath,
        words: fields.map((f) => {
          const detectorScore = scoreAt(f.boundingPoly.vertices);
          return {
            text: f.inferText,
            confidence: f.inferConfidence,
            ...(detectorScore === undefined ? {} : { detectorScore }),
          };
        }),
        engineCer: bagOfCharsCer(page.text, responseText(body)),
      };
      const plain = typeof opts.plain === 'function' ? opts.plain(spec) : opts.plain !== false;
      if (plain) {
        const read = await plainTesseractText(image, [], TESSDATA_OF[spec.lang]);
        run.plainCer = bagOfCharsCer(page.text, read.text);
      }
      opts.onPage?.(run);
      runs.push(run);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return runs;
}

/** The detector's boxes on the image, as a lookup from a field's quad to its box's score. */
async function detectorScores(
  image: string,
): Promise<(quad: { x: number; y: number }[]) => number | undefined> {
  const load = await loadTextLineDetector();
  if (!load.available) return () => undefined;
  const boxes = await load.detector.detect(image);
  return (quad) =>
    boxScoreAt(boxes, [
      quad.reduce((s, v) => s + v.x, 0) / quad.length,
      quad.reduce((s, v) => s + v.y, 0) / quad.length,
    ]);
}

/** Mean engine and plain CER per language, and their ratio (the target is ≤ 0.6). */
export function cerByLanguage(runs: readonly PhotoRun[]) {
  const out: Partial<Record<PhotoLang, { engine: number; plain: number; ratio: number; pages: number }>> = {};
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  for (const lang of new Set(runs.map((r) => r.page.lang))) {
    const mine = runs.filter((r) => r.page.lang === lang);
    const engine = mean(mine.map((r) => r.engineCer));
    const plain = mean(mine.map((r) => r.plainCer ?? NaN));
    out[lang] = { engine, plain, ratio: engine / plain, pages: mine.length };
  }
  return out;
}
