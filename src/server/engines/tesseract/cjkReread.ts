import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { area, intersect, union } from './box.ts';
import { isCjk, type Run, type RunLine } from './cjkRuns.ts';
import { hasCjk } from './languages.ts';
import type { RenderedPage } from './raster/pageTypes.ts';
import { recognisePage, type RecogniseOptions } from './recognisePage.ts';
import type { Box } from './tsv.ts';

/**
 * Small text read with a CJK model and `eng` together (`kor+eng`, the default) loses Hangul words
 * to Latin junk ("판정을" -> "Bae"): at 5–7 px the mixed model prefers Latin. Such pages are read
 * a second time with the CJK models alone, and the two reads are merged place by place: each
 * run of the CJK-only read is replaced by the mixed read's runs over it when those are more
 * confident (so English words, which the CJK model reads worse, keep the mixed reading), and
 * lines only the mixed read found are kept. Measured on generated 72-dpi Korean pages with
 * English in them (bench/experiments/measureSmallText.ts): see bench/HISTORY.md.
 */
export function cjkOnlyLangs(langs: readonly string[]): string[] | undefined {
  const cjk = langs.filter((l) => hasCjk([l]));
  return cjk.length > 0 && cjk.length < langs.length ? cjk : undefined;
}

const hasCjkChar = (text: string) => Array.from(text).some(isCjk);

/** Whether two boxes overlap by at least half of the smaller one. */
function covers(a: Box, b: Box): boolean {
  const i = intersect(a, b);
  return i !== null && area(i) >= 0.5 * Math.min(area(a), area(b));
}

/** The CJK-only read, each run replaced where the mixed read is surer, plus lines only the mixed read has. */
export function mergeCjkReread(mixed: readonly RunLine[], cjkOnly: readonly RunLine[]): RunLine[] {
  const pool = mixed.flatMap((l) => l.runs);
  const used = new Set<Run>();
  const merged = cjkOnly.map((line) => {
    const runs: Run[] = [];
    for (const r of line.runs) {
      const over = pool.filter((c) => covers(c.box, r.box));
      if (over.length === 0 || Math.min(...over.map((c) => c.conf)) <= r.conf) {
        runs.push(r);
        continue;
      }
      for (const c of over) {
        if (used.has(c)) continue;
        used.add(c);
        runs.push(c);
      }
    }
    runs.sort((a, b) => a.box.x0 - b.box.x0);
    return { box: runs.reduce((b, r) => union(b, r.box), line.box), runs };
  });
  // Tesseract's reading order stays; a line only the mixed read found goes in where its top is.
  for (const l of mixed.filter((m) => !cjkOnly.some((c) => covers(c.box, m.box)))) {
    const at = merged.findIndex((m) => m.box.y0 > l.box.y0);
    merged.splice(at < 0 ? merged.length : at, 0, l);
  }
  return merged;
}

/**
 * recognisePage, then (for a CJK+Latin request with any run without CJK characters, i.e. Latin
 * text or Latin junk) the CJK-only second read merged in. The second read writes into its own
 * directory, so the first read's files (which the orientation check reads) stay as they are.
 */
export async function recogniseSmallText(
  page: Pick<RenderedPage, 'path' | 'width' | 'height' | 'dpi'>,
  opts: RecogniseOptions,
): Promise<RunLine[]> {
  const first = await recognisePage(page, opts);
  const cjk = cjkOnlyLangs(opts.langs);
  if (!cjk || !first.some((l) => l.runs.some((r) => !hasCjkChar(r.text)))) return first;
  const workDir = join(opts.workDir, `cjk-${opts.pageIndex + 1}`);
  await mkdir(workDir, { recursive: true });
  const second = await recognisePage(page, { ...opts, langs: cjk, workDir });
  return mergeCjkReread(first, second);
}
