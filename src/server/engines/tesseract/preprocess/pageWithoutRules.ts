import path from 'node:path';
import { loadGray } from '../raster/grayPage.ts';
import { writePgm } from '../raster/pgm.ts';
import { openPageImage } from './pageImage.ts';
import { findPageRules, paintRules, searchPooling } from './ruleRemoval.ts';
import { estimateSkew } from '../tables/skew.ts';
import { MAX_DESKEW_DEGREES } from './deskew.ts';

export interface PageWithoutRules {
  path: string;
  rulesRemoved: number;
  /**
   * The page's skew in degrees, clockwise (tables/skew.ts, from its rows of text and rules), which
   * the rule search measures anyway; undefined when the page could not be searched.
   */
  skewDegrees?: number;
}

/**
 * The page tesseract should read: `inputPath` itself when it has no rules, else a grey PGM copy
 * in `outDir` with its rules painted out (ruleRemoval.ts). Same pixel size, so coordinates hold.
 * The search runs on a copy sharp pools natively; the full page is decoded only to paint.
 */
export async function pageWithoutRules(
  inputPath: string,
  outDir: string,
  glyphHeight: number | undefined,
): Promise<{ path: string; rulesRemoved: number }> {
  const { path, rulesRemoved } = await pageWithoutRulesAndSkew(inputPath, outDir, glyphHeight);
  return { path, rulesRemoved };
}

/** pageWithoutRules, with the skew its search measured (see PageWithoutRules). */
export function pageWithoutRulesAndSkew(
  inputPath: string,
  outDir: string,
  glyphHeight: number | undefined,
): Promise<PageWithoutRules> {
  // An improvement, not a requirement: a page whose rules could not be removed is read with them.
  return paintedCopy(inputPath, outDir, glyphHeight).catch(() => ({ path: inputPath, rulesRemoved: 0 }));
}

async function paintedCopy(
  inputPath: string,
  outDir: string,
  glyphHeight: number | undefined,
): Promise<PageWithoutRules> {
  const page = await openPageImage(inputPath);
  const f = searchPooling(glyphHeight);
  const width = Math.max(1, Math.round(page.width / f));
  const height = Math.max(1, Math.round(page.height / f));
  let pipeline = page.open();
  if (!page.grey) pipeline = pipeline.flatten({ background: '#fff' }).grayscale();
  if (f > 1) pipeline = pipeline.resize(width, height, { fit: 'fill', kernel: 'linear' });
  const { data, info } = await pipeline.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const small = {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
  const skewDegrees = estimateSkew(small, MAX_DESKEW_DEGREES);
  const rules = findPageRules(small, page.width / info.width, glyphHeight ?? 0, skewDegrees);
  if (rules.length === 0) return { path: inputPath, rulesRemoved: 0, skewDegrees };
  const image = paintRules(await loadGray(inputPath), rules);
  const out = path.join(outDir, 'page-without-rules.pgm');
  await writePgm(
    out,
    Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length),
    image.width,
    image.height,
  );
  return { path: out, rulesRemoved: rules.length, skewDegrees };
}
