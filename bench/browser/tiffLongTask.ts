import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measured, type Metric } from '../metric.ts';
import { round } from '../stats.ts';
import { largeTiff } from './documents.ts';
import { startBrowserSession } from './harness.ts';
import { startFrameSampler, stopFrameSampler, waitForDraw, waitForQuiet, type ProbeState } from './probe.ts';

/**
 * tiff.longest_task_ms: a ~50 MB multi-page TIFF of noisy A4 scans opened in the app: the longest
 * main-thread task (Long Tasks API, which reports tasks over 50 ms) from the file input's change
 * until page 1 is drawn and the app has been quiet for a second.
 */
export async function measureTiffLongTask(
  signal: AbortSignal,
  distDir: () => Promise<string>,
): Promise<Metric[]> {
  const session = await startBrowserSession(await distDir(), signal);
  let dir: string | undefined;
  try {
    dir = await mkdtemp(join(tmpdir(), 'bench-tiff-'));
    const { tiff, pages } = await largeTiff(50e6);
    const path = join(dir, 'scan.tiff');
    await writeFile(path, tiff);
    const page = await session.openApp();
    await page.evaluate(startFrameSampler);
    await page.getByTestId('file-input').setInputFiles(path);
    const draw = await page.evaluate(waitForDraw, { layer: 0, after: 0, raster: true, timeoutMs: 60_000 });
    if (!draw) throw new Error('page 1 of the TIFF was not drawn within 60 s');
    await page.evaluate(waitForQuiet, { quietMs: 1_000, timeoutMs: 20_000 });
    const frames = await page.evaluate(stopFrameSampler);
    const s = await page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);
    const opened = s.opened[0];
    const tasks = s.longTasks.filter((t) => t.start + t.duration >= opened);
    const longest = Math.max(0, ...tasks.map((t) => t.duration));
    const after = frames.filter((f) => f.start >= opened).map((f) => f.start);
    const gaps = after.slice(1).map((t, i) => t - after[i]);
    return [
      measured('tiff.longest_task_ms', longest, {
        tiffMB: round(tiff.length / 1e6),
        pages,
        longTasks: tasks.map((t) => round(t.duration)),
        firstPageMs: round(draw.end - opened),
        longestFrameGapMs: round(Math.max(0, ...gaps)),
        note: tasks.length === 0 ? 'no task over 50 ms (the Long Tasks API threshold)' : undefined,
      }),
    ];
  } finally {
    await session.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
