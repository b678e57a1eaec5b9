import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { measured, type Metric } from '../metric.ts';
import { median, round } from '../stats.ts';
import { tenPagePdf } from './documents.ts';
import { startBrowserSession } from './harness.ts';
import { waitForDraw, type ProbeState } from './probe.ts';

const REPS = 3;

/** ms from the file input's change to the first draw of page 1 with its raster. */
async function openPdf(page: Page, path: string): Promise<number> {
  await page.getByTestId('file-input').setInputFiles(path);
  const draw = await page.evaluate(waitForDraw, { layer: 0, after: 0, raster: true, timeoutMs: 30_000 });
  if (!draw) throw new Error('page 1 of the PDF was not drawn within 30 s');
  const opened = await page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench.opened[0]);
  return draw.end - opened;
}

/**
 * pdf.first_page_ms: a 10-page PDF of A4 scans (300 dpi images) picked in a freshly loaded app:
 * time until page 1 is drawn with its raster. pdf.js is loaded on demand, so its download, worker
 * start and the page render are all inside the figure.
 */
export async function measurePdfFirstPage(
  signal: AbortSignal,
  distDir: () => Promise<string>,
): Promise<Metric[]> {
  const session = await startBrowserSession(await distDir(), signal);
  let dir: string | undefined;
  try {
    dir = await mkdtemp(join(tmpdir(), 'bench-pdf-'));
    const pdf = await tenPagePdf();
    const path = join(dir, 'ten-pages.pdf');
    await writeFile(path, pdf);
    const times: number[] = [];
    for (let i = 0; i < REPS; i++) {
      signal.throwIfAborted();
      const page = await session.openApp();
      times.push(await openPdf(page, path));
      await page.close();
    }
    return [
      measured('pdf.first_page_ms', median(times), {
        runs: times.map((t) => round(t, 1)),
        pdfMB: round(pdf.length / 1e6),
        pages: 10,
        page: 'A4, one 2481x3508 image each (a scan)',
      }),
    ];
  } finally {
    await session.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
