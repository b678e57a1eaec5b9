import { measured, type Metric } from './metric.ts';
import { GENERATED_LINES } from './generatedPage.ts';
import { startRelayProcess } from './relay/relayProcess.ts';
import { round } from './stats.ts';
import { makePng } from '../src/server/samples/documents.ts';

const PAGES = 20;

/** 20 distinct small Korean pages (numbered, so no two are the same file and stored once). */
async function pages(): Promise<Buffer[]> {
  return Promise.all(
    Array.from({ length: PAGES }, (_, i) =>
      makePng({
        lines: [
          `${i + 1} / ${PAGES}`,
          ...Array.from({ length: 5 }, (_, j) => GENERATED_LINES[(i + j) % GENERATED_LINES.length]),
        ],
        lang: 'ko',
        dpi: 200,
        width: 1000,
        height: 700,
        fontSize: 11,
      }),
    ),
  );
}

const message = (i: number) =>
  JSON.stringify({
    version: 'V2',
    requestId: `p${i}`,
    timestamp: 0,
    lang: 'ko',
    enableTableDetection: false,
    images: [{ format: 'png', name: `p${i}.png` }],
  });

/**
 * batch.speedup: the embedded engine on 20 pages, one by one through `POST /api/ocr/general`
 * (each waits for the previous) against the same pages as a batch of a project (the relay keeps
 * as many in flight as the engine runs at once). Same relay process; time of the batch is from
 * its POST to the poll that sees it done (polled every 50 ms).
 */
export async function measureBatchSpeedup(signal: AbortSignal): Promise<Metric[]> {
  const relay = await startRelayProcess({ OCR_ENGINE: 'tesseract', STORE: 'memory' }, signal);
  try {
    const png = await pages();
    const one = async (i: number) => {
      const form = new FormData();
      form.append('message', message(i));
      form.append('file', new Blob([new Uint8Array(png[i])], { type: 'image/png' }), `p${i}.png`);
      const res = await fetch(`${relay.origin}/api/ocr/general`, { method: 'POST', body: form, signal });
      if (res.status !== 200) throw new Error(`page ${i}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    };
    await one(0); // warm-up: the engine starts on first use
    const t0 = performance.now();
    for (let i = 0; i < PAGES; i++) await one(i);
    const oneByOne = performance.now() - t0;

    const project = (
      await (
        await fetch(`${relay.origin}/api/projects`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'bench' }),
        })
      ).json()
    ).id;
    const form = new FormData();
    png.forEach((p, i) =>
      form.append('file', new Blob([new Uint8Array(p)], { type: 'image/png' }), `p${i}.png`),
    );
    const up = await fetch(`${relay.origin}/api/projects/${project}/documents`, {
      method: 'POST',
      body: form,
    });
    if (up.status !== 201) throw new Error(`upload: ${up.status} ${await up.text()}`);
    const t1 = performance.now();
    const created = await fetch(`${relay.origin}/api/projects/${project}/batches`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ options: { engine: 'tesseract', lang: 'ko' } }),
    });
    const { id } = await created.json();
    let progress: { state: string; done: number; failed: number };
    for (;;) {
      signal.throwIfAborted();
      progress = await (await fetch(`${relay.origin}/api/batches/${id}`)).json();
      if (progress.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const batch = performance.now() - t1;
    if (progress.done !== PAGES)
      throw new Error(`the batch ended with ${progress.done} done, ${progress.failed} failed`);
    return [
      measured('batch.speedup', oneByOne / batch, {
        pages: PAGES,
        oneByOneMs: round(oneByOne, 0),
        batchMs: round(batch, 0),
      }),
    ];
  } finally {
    await relay.stop();
  }
}
