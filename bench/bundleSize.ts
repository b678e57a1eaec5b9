import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startBrowserSession } from './browser/harness.ts';
import { initialScripts } from './initialScripts.ts';
import { measured, type Metric } from './metric.ts';
import { round } from './stats.ts';

/** JS resources (site paths) the page fetched, read from Resource Timing inside the page. */
function loadedScripts(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => /\.m?js$/.test(p));
}

/**
 * bundle.initial_gzip_kb: gzip size (level 9, kB = 1000 bytes as Vite prints it) of the JavaScript
 * the built app loads before a document is opened: the entry, its static imports and preloads
 * (from the HTML), together with any other script the browser actually fetched by the time the
 * app was idle with no document.
 */
export async function measureBundleSize(
  signal: AbortSignal,
  distDir: () => Promise<string>,
): Promise<Metric[]> {
  const dir = await distDir();
  const read = (sitePath: string) => readFileSync(join(dir, sitePath), 'utf8');
  const fromHtml = initialScripts(read('/index.html'), read);
  const session = await startBrowserSession(dir, signal);
  let fetched: string[];
  try {
    const page = await session.openApp();
    fetched = await page.evaluate(loadedScripts);
  } finally {
    await session.close();
  }
  const all = [...new Set([...fromHtml, ...fetched])].sort();
  const sizes = all.map((p) => {
    const bytes = readFileSync(join(dir, p));
    return {
      file: p,
      kB: round(bytes.length / 1000, 1),
      gzipKB: round(gzipSync(bytes, { level: 9 }).length / 1000, 1),
    };
  });
  const total = sizes.reduce((s, x) => s + x.gzipKB, 0);
  return [
    measured('bundle.initial_gzip_kb', total, {
      files: sizes,
      onlySeenInBrowser: fetched.filter((p) => !fromHtml.includes(p)),
    }),
  ];
}
