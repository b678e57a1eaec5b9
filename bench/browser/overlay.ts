import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { measured, type Metric } from '../metric.ts';
import { median, percentile, round } from '../stats.ts';
import { syntheticResponse } from '../synthetic.ts';
import { blankPage } from './documents.ts';
import { startBrowserSession } from './harness.ts';
import { buildDocument } from '../../src/model/index.ts';
import { framePeriod, snappedIntervals } from '../frames.ts';
import {
  hoverSamples,
  idleFrames,
  switchPage,
  restyleOnce,
  startFrameSampler,
  stopFrameSampler,
  waitForQuiet,
  zoomFrames,
  type FrameSample,
  type ProbeState,
} from './probe.ts';

const OPENS = 5;
const ZOOM_FRAMES = 120;
const PAN_STEPS = 150;
const HOVERS = 300;
const RESTYLES = 10;

const state = (page: Page) => page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);

/**
 * Opens the response and its page. The figure runs from data to drawn overlay: from the end
 * of the response's JSON.parse (the response exists as data) to the end of the first overlay draw
 * at the fitted zoom. Also kept: the same from the file input's change (reading and parsing the
 * 4 MB file, decoding the page image).
 */
async function openOnce(page: Page, files: string[]) {
  await page.getByTestId('file-input').setInputFiles(files);
  await page.getByTestId('overlay').waitFor();
  if (!(await page.evaluate(waitForQuiet, { quietMs: 600, timeoutMs: 20_000 })))
    throw new Error('the overlay kept redrawing after opening');
  const s = await state(page);
  // Draws of the mounted but empty stage before the document came do not count.
  const overlay = s.draws.filter((d) => d.layer === 1 && d.nodes > 0 && d.start > s.opened[0]);
  if (s.opened.length !== 1 || overlay.length === 0)
    throw new Error('no overlay draw after opening the response');
  const data = s.parsed.filter((p) => p.end > s.opened[0] && p.end < overlay[0].start);
  if (data.length !== 1)
    throw new Error(`expected one response parse before the overlay, saw ${data.length}`);
  const finalScale = overlay.at(-1)!.scale;
  // The first draw at the fitted scale: an earlier draw at a stale zoom is not the overlay the user sees.
  const fitted = overlay.find((d) => Math.abs(d.scale - finalScale) < 1e-6)!;
  return {
    firstDrawMs: fitted.end - data[0].end,
    fromFileMs: fitted.end - s.opened[0],
    parsedMs: data[0].end - s.opened[0],
    anyDrawMs: overlay[0].end - data[0].end,
    overlayDrawMs: fitted.end - fitted.start,
  };
}

async function allLayersOn(page: Page) {
  for (const layer of ['words', 'lines', 'paragraphs', 'tables']) {
    const button = page.getByTestId(`layer-${layer}`);
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  }
  await page.evaluate(waitForQuiet, { quietMs: 300, timeoutMs: 10_000 });
}

/** Frames while zooming (wheel, one event per frame) and panning (a real mouse drag). */
async function panZoomFrames(page: Page) {
  const period = framePeriod(await page.evaluate(idleFrames, 60));
  const zoom = await page.evaluate(zoomFrames, { frames: ZOOM_FRAMES, deltaY: 20 });
  const box = (await page.getByTestId('overlay').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(startFrameSampler);
  await page.mouse.down();
  for (let i = 0; i < PAN_STEPS; i++) {
    const a = (i / PAN_STEPS) * 4 * Math.PI;
    await page.mouse.move(cx + Math.cos(a) * 200, cy + Math.sin(a) * 150);
  }
  await page.mouse.up();
  const pan = await page.evaluate(stopFrameSampler);
  const s = await state(page);
  const span = (f: FrameSample[]) => ({ from: f[0].start, to: f.at(-1)!.start + period });
  const during = (f: FrameSample[]) =>
    s.draws.filter((d) => d.layer === 1 && d.start >= span(f).from && d.start < span(f).to).length;
  return {
    period,
    zoom: {
      intervals: snappedIntervals(
        zoom.map((f) => f.start),
        period,
      ),
      work: zoom.map((f) => f.workMs),
    },
    pan: {
      intervals: snappedIntervals(
        pan.map((f) => f.start),
        period,
      ),
      work: pan.map((f) => f.workMs),
    },
    overlayDraws: { zoom: during(zoom), pan: during(pan) },
    overlayDrawMs: s.draws
      .filter((d) => d.layer === 1 && d.start >= zoom[0].start)
      .map((d) => d.end - d.start),
  };
}

/** Client points over the centres of `n` words of page 1, spread over the page, in a shuffled order. */
async function wordPoints(page: Page, response: ReturnType<typeof syntheticResponse>, n: number) {
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.evaluate(waitForQuiet, { quietMs: 300, timeoutMs: 10_000 });
  const fields = response.images[0].fields!;
  const step = Math.floor(fields.length / n);
  const world = Array.from({ length: n }, (_, i) => {
    const v = fields[(i * step * 7919) % fields.length].boundingPoly.vertices;
    return { x: (v[0].x + v[2].x) / 2, y: (v[0].y + v[2].y) / 2 };
  });
  return page.evaluate(
    (pts) =>
      pts.map((p) =>
        (
          window as unknown as {
            ocrInspector: { toScreen(i: number, x: number, y: number): { x: number; y: number } };
          }
        ).ocrInspector.toScreen(0, p.x, p.y),
      ),
    world,
  );
}

/**
 * overlay.*: the synthetic 10-page, 20,000-word response (page 1: 2,000 words and a 300-cell
 * table) opened with a blank page image in the built app, measured from inside the page.
 */
export async function measureOverlay(signal: AbortSignal, distDir: () => Promise<string>): Promise<Metric[]> {
  const session = await startBrowserSession(await distDir(), signal);
  let dir: string | undefined;
  try {
    dir = await mkdtemp(join(tmpdir(), 'bench-overlay-'));
    const response = syntheticResponse();
    const json = join(dir, 'synthetic-20000.json');
    const png = join(dir, 'synthetic-20000.png');
    await writeFile(json, JSON.stringify(response));
    await writeFile(png, await blankPage());

    const opens: Awaited<ReturnType<typeof openOnce>>[] = [];
    let page: Page | undefined;
    for (let i = 0; i < OPENS; i++) {
      signal.throwIfAborted();
      await page?.close();
      page = await session.openApp();
      opens.push(await openOnce(page, [json, png]));
    }
    page = page!;
    const first = opens.map((o) => o.firstDrawMs);
    const switches: number[] = [];
    for (const i of [1, 2, 3, 4, 5, 0]) {
      const ms = await page.evaluate(switchPage, i);
      if (ms === null) throw new Error(`page ${i + 1} was not drawn`);
      switches.push(ms);
    }
    const t0 = performance.now();
    buildDocument(response);
    const modelNodeMs = performance.now() - t0;

    await allLayersOn(page);
    const frames = await panZoomFrames(page);
    const all = [...frames.zoom.intervals, ...frames.pan.intervals];
    const work = [...frames.zoom.work, ...frames.pan.work];

    const points = await wordPoints(page, response, HOVERS);
    const hovers = await page.evaluate(hoverSamples, points);
    const done = hovers.filter((h) => h !== null);
    const hover = done.map((h) => h.handlerMs + h.drawMs);

    const threshold: number[] = [];
    const toggle: number[] = [];
    for (let i = 0; i < RESTYLES; i++) {
      const t = await page.evaluate(restyleOnce, { thresholdPercent: i % 2 === 0 ? 70 : 85 });
      const l = await page.evaluate(restyleOnce, { toggle: 'layer-lines' });
      if (t === null || l === null) throw new Error('a restyle did not redraw the overlay');
      threshold.push(t);
      toggle.push(l);
    }
    const restyle = Math.max(median(threshold), median(toggle));

    return [
      measured('overlay.first_draw_ms', median(first), {
        opens: first.map((x) => round(x, 1)),
        from: 'end of the response JSON.parse (data) to the end of the first overlay draw at the fitted zoom',
        fromFileInputMedianMs: round(median(opens.map((o) => o.fromFileMs)), 1),
        fileReadAndParseMedianMs: round(median(opens.map((o) => o.parsedMs)), 1),
        firstAnyScaleMs: round(median(opens.map((o) => o.anyDrawMs)), 1),
        overlayDrawMs: round(median(opens.map((o) => o.overlayDrawMs)), 2),
        pageSwitchMedianMs: round(median(switches), 1),
        buildDocumentInNodeMs: round(modelNodeMs, 1),
        workload: '10 pages x 2,000 words, 300-cell table on page 1, blank 2480x3508 page image',
      }),
      measured('overlay.frame_p95_ms', percentile(all, 95), {
        frames: all.length,
        framePeriodMs: round(frames.period),
        zoomP95Ms: round(percentile(frames.zoom.intervals, 95)),
        panP95Ms: round(percentile(frames.pan.intervals, 95)),
        droppedFrames: all.filter((x) => x > frames.period * 1.5).length,
        mainThreadWorkP50Ms: round(median(work)),
        mainThreadWorkP95Ms: round(percentile(work, 95)),
        overlayDrawP50Ms: round(median(frames.overlayDrawMs)),
        overlayDrawP95Ms: round(percentile(frames.overlayDrawMs, 95)),
        overlayRedraws: frames.overlayDraws,
        layers: 'words, lines, paragraphs, tables',
      }),
      measured('overlay.hover_p95_ms', percentile(hover, 95), {
        moves: hovers.length,
        highlighted: done.length,
        handlerP50Ms: round(median(done.map((h) => h.handlerMs)), 3),
        handlerP95Ms: round(
          percentile(
            done.map((h) => h.handlerMs),
            95,
          ),
          3,
        ),
        drawP95Ms: round(
          percentile(
            done.map((h) => h.drawMs),
            95,
          ),
          3,
        ),
        toDrawnP50Ms: round(median(done.map((h) => h.latencyMs))),
      }),
      measured('overlay.restyle_ms', restyle, {
        thresholdMedianMs: round(median(threshold)),
        thresholdMaxMs: round(Math.max(...threshold)),
        toggleMedianMs: round(median(toggle)),
        toggleMaxMs: round(Math.max(...toggle)),
        includes: 'input event to overlay redrawn, including the wait for the next frame',
      }),
    ];
  } finally {
    await session.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
