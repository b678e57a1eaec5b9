import type { Page } from 'playwright';
import sharp from 'sharp';
import { measured, type Metric } from '../metric.ts';
import { median, round } from '../stats.ts';
import { startBrowserSession } from './harness.ts';

const DOCUMENTS = 5000;
/** Files per upload request (the relay takes up to MAX_UPLOAD_FILES, 1,000 by default). */
const PER_UPLOAD = 500;
const REPS = 3;

/** Distinct tiny PNGs (documents are content-addressed: identical bytes would be one blob). */
async function tinyPng(i: number): Promise<Buffer> {
  const raw = Buffer.from([i & 255, (i >> 8) & 255, (i >> 16) & 255, 255, 255, 255]);
  return sharp(raw, { raw: { width: 2, height: 1, channels: 3 } })
    .png()
    .toBuffer();
}

/** A project of `n` documents, made through the store API as the app would. */
async function seedProject(origin: string, n: number): Promise<string> {
  const made = await fetch(`${origin}/api/projects`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: `bench ${n}` }),
  });
  if (!made.ok) throw new Error(`POST /api/projects: HTTP ${made.status} ${await made.text()}`);
  const { id } = (await made.json()) as { id: string };
  for (let start = 0; start < n; start += PER_UPLOAD) {
    const form = new FormData();
    const pngs = await Promise.all(
      Array.from({ length: Math.min(PER_UPLOAD, n - start) }, (_, k) => tinyPng(start + k)),
    );
    pngs.forEach((png, k) =>
      form.append(
        'file',
        new Blob([new Uint8Array(png)], { type: 'image/png' }),
        `doc-${String(start + k).padStart(5, '0')}.png`,
      ),
    );
    const res = await fetch(`${origin}/api/projects/${id}/documents`, { method: 'POST', body: form });
    if (!res.ok) throw new Error(`upload: HTTP ${res.status} ${await res.text()}`);
  }
  return id;
}

/**
 * ms from the click on the project to its first rows painted (list fetched, parsed, sorted, drawn),
 * and of those the API's answer (request start to last byte, from the page's resource timing).
 */
async function firstPaint(page: Page, projectId: string): Promise<{ total: number; api: number }> {
  await page.getByTestId('projects-button').click();
  const pick = page.locator(
    `[data-testid="project-item"][data-project-id="${projectId}"] [data-testid="project-pick"]`,
  );
  await pick.waitFor({ timeout: 30_000 });
  return page.evaluate(async (id) => {
    const button = document.querySelector<HTMLElement>(
      `[data-testid="project-item"][data-project-id="${id}"] [data-testid="project-pick"]`,
    )!;
    const t0 = performance.now();
    button.click();
    await new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error('no row within 30 s')), 30_000);
      const check = () => {
        if (document.querySelector('[data-testid="document-row"]')) {
          clearTimeout(deadline);
          resolve();
        } else requestAnimationFrame(check);
      };
      check();
    });
    // The frame that shows the rows: the next animation frame, then the task after its paint.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const total = performance.now() - t0;
    const api = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith(`/api/projects/${id}/documents`) && e.startTime >= t0)
      .map((e) => (e as PerformanceResourceTiming).responseEnd - e.startTime)[0];
    return { total, api: api ?? Number.NaN };
  }, projectId);
}

/**
 * project.first_paint_5000_ms: a project of 5,000 documents chosen in the project view, until its
 * list is on screen. The figure holds the API list, its check at the edge, the sort and the first
 * frame of the virtualised list (the project view's code is already loaded: it loads on opening
 * the view, before the click).
 */
export async function measureProjectFirstPaint(
  signal: AbortSignal,
  distDir: () => Promise<string>,
): Promise<Metric[]> {
  const session = await startBrowserSession(await distDir(), signal, { STORE: 'memory' });
  try {
    const t0 = performance.now();
    const projectId = await seedProject(session.origin, DOCUMENTS);
    const seedMs = performance.now() - t0;
    const times: number[] = [];
    const apiTimes: number[] = [];
    for (let i = 0; i < REPS; i++) {
      signal.throwIfAborted();
      const page = await session.openApp();
      // A fresh app with no project chosen: the view opens on the picker.
      await page.evaluate(() => localStorage.clear());
      const t = await firstPaint(page, projectId);
      times.push(t.total);
      apiTimes.push(t.api);
      const rows = await page.getByTestId('document-list').getAttribute('data-count');
      if (rows !== String(DOCUMENTS)) throw new Error(`the list holds ${rows} documents, not ${DOCUMENTS}`);
      await page.close();
    }
    return [
      measured('project.first_paint_5000_ms', median(times), {
        runs: times.map((t) => round(t, 1)),
        // The store's answer inside each run (store.list_5000_p50_ms measures the API alone).
        apiMs: apiTimes.map((t) => round(t, 1)),
        documents: DOCUMENTS,
        seedSeconds: round(seedMs / 1000, 1),
      }),
    ];
  } finally {
    await session.close();
  }
}
