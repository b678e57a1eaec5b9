import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { measured, type Metric } from '../metric.ts';
import { median, round } from '../stats.ts';
import { syntheticResponse } from '../synthetic.ts';
import { startBrowserSession } from './harness.ts';
import { waitForQuiet, type ProbeState } from './probe.ts';

const OPENS = 5;
const WORDS = 20_000;
const LAYER = 'text-layer';

interface NamedDraw {
  name: string;
  start: number;
  end: number;
  scale: number;
  nodes: number;
}

/**
 * Runs in the page, over the harness's probe: records each layer draw with the layer's name (the
 * probe knows layers by index, and feature layers come and go). The probe's own wrapper, inside
 * this one, reads a pixel back, so a draw's end is when its pixels exist.
 */
function installNamedDraws(): void {
  type Layer = { name(): string; getChildren(): unknown[]; getStage(): { scaleX(): number } | null };
  const w = window as unknown as {
    __named?: NamedDraw[];
    Konva: { Layer: { prototype: { drawScene: (...a: unknown[]) => unknown } } };
  };
  if (w.__named) return;
  const draws: NamedDraw[] = [];
  w.__named = draws;
  const inner = w.Konva.Layer.prototype.drawScene;
  w.Konva.Layer.prototype.drawScene = function (this: Layer, ...args: unknown[]) {
    const start = performance.now();
    const out = inner.apply(this, args);
    const end = performance.now();
    const scale = this.getStage()?.scaleX() ?? 0;
    draws.push({ name: this.name(), start, end, scale, nodes: this.getChildren().length });
    return out;
  };
}

const named = (page: Page) => page.evaluate(() => (window as unknown as { __named: NamedDraw[] }).__named);
const probe = (page: Page) => page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);

/**
 * Opens the response alone (no page image: the text layer is on by default, the only way to read
 * such a response) and times from the end of its JSON.parse to the end of the text layer's first
 * draw at the fitted zoom.
 */
async function openOnce(page: Page, json: string) {
  await page.evaluate(installNamedDraws);
  await page.getByTestId('file-input').setInputFiles([json]);
  await page.getByTestId('overlay').waitFor();
  if (!(await page.evaluate(waitForQuiet, { quietMs: 600, timeoutMs: 30_000 })))
    throw new Error('the page kept redrawing after opening');
  const s = await probe(page);
  const text = (await named(page)).filter((d) => d.name === LAYER && d.nodes > 0 && d.start > s.opened[0]);
  if (text.length === 0) throw new Error('the text layer never drew: is it on by default without an image?');
  const data = s.parsed.filter((p) => p.end > s.opened[0] && p.end < text[0].start);
  if (data.length !== 1)
    throw new Error(`expected one response parse before the text layer, saw ${data.length}`);
  const finalScale = text.at(-1)!.scale;
  const fitted = text.find((d) => Math.abs(d.scale - finalScale) < 1e-6)!;
  return { firstDrawMs: fitted.end - data[0].end, drawMs: fitted.end - fitted.start, scale: finalScale };
}

const TOGGLES = 5;

/**
 * The text layer's first draw of a page that is open: the layer is turned off, then on (X), and
 * the time from that key to the layer's drawn pixels taken: laying out every word of the page
 * (box frames, measured widths, fitted sizes), painting them into the layer's cached bitmap and
 * blitting it. Each turn-on starts from nothing (the layer and its cache unmount when off).
 */
async function togglesOn(page: Page): Promise<{ ms: number[]; drawMs: number[]; scale: number }> {
  const ms: number[] = [];
  const drawMs: number[] = [];
  let scale = 0;
  for (let i = 0; i < TOGGLES; i++) {
    await page.keyboard.press('x');
    await page.evaluate(waitForQuiet, { quietMs: 300, timeoutMs: 10_000 });
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press('x');
    await page.evaluate(waitForQuiet, { quietMs: 400, timeoutMs: 10_000 });
    const d = (await named(page)).find((x) => x.name === LAYER && x.start > t0 && x.nodes > 0);
    if (!d) throw new Error('the text layer did not draw when turned on');
    ms.push(d.end - t0);
    drawMs.push(d.end - d.start);
    scale = d.scale;
  }
  return { ms, drawMs, scale };
}

/** proof.text_layer_first_draw_ms: one synthetic page of 20,000 words, opened alone in the built app. */
export async function measureTextLayer(
  signal: AbortSignal,
  distDir: () => Promise<string>,
): Promise<Metric[]> {
  const session = await startBrowserSession(await distDir(), signal);
  let dir: string | undefined;
  try {
    dir = await mkdtemp(join(tmpdir(), 'bench-text-layer-'));
    const json = join(dir, 'synthetic-text-20000.json');
    await writeFile(
      json,
      JSON.stringify(syntheticResponse({ pages: 1, fieldsPerPage: WORDS, tableRows: 0 })),
    );
    const opens: Awaited<ReturnType<typeof openOnce>>[] = [];
    let page: Page | undefined;
    for (let i = 0; i < OPENS; i++) {
      signal.throwIfAborted();
      await page?.close();
      page = await session.openApp();
      opens.push(await openOnce(page, json));
    }
    page = page!;
    // At the fitted zoom every word of so dense a page is a bar (glyphs would be under 1 px).
    const fitted = await togglesOn(page);
    // Zoomed in until every word in view is set as glyphs (font ≈ 5.7 px on screen, just past the
    // bars' threshold: the most words drawn as text at once): fit width, then eight zoom steps.
    await page.keyboard.press('1');
    for (let i = 0; i < 8; i++) await page.keyboard.press('+');
    await page.evaluate(waitForQuiet, { quietMs: 400, timeoutMs: 10_000 });
    const zoomed = await togglesOn(page);
    const worst = Math.max(median(fitted.ms), median(zoomed.ms));
    const first = opens.map((o) => o.firstDrawMs);
    return [
      measured('proof.text_layer_first_draw_ms', worst, {
        what: 'the text layer turned on (X) over an open 20,000-word page, key to drawn pixels: layout of every word, paint, blit; the slower of the two zooms below (median of 5 each)',
        fitted: {
          scale: round(fitted.scale, 4),
          medianMs: round(median(fitted.ms), 1),
          runs: fitted.ms.map((x) => round(x, 1)),
          layerDrawMedianMs: round(median(fitted.drawMs), 1),
          note: 'every word a bar: too small for glyphs',
        },
        zoomedIn: {
          scale: round(zoomed.scale, 3),
          medianMs: round(median(zoomed.ms), 1),
          runs: zoomed.ms.map((x) => round(x, 1)),
          layerDrawMedianMs: round(median(zoomed.drawMs), 1),
          note: 'fit width then 8 zoom steps: words in view (and half a view around) at 5 px or more, nearly all, set as glyphs',
        },
        openToFirstDrawMedianMs: round(median(first), 1),
        openRuns: first.map((x) => round(x, 1)),
        openFrom:
          "end of the response JSON.parse to the end of the text layer's first draw at the fitted zoom (includes building the 20,000-word model and drawing the overlay)",
        workload: `1 page x ${WORDS.toLocaleString('en')} words (2480x3508), no page image (text layer on by default)`,
      }),
    ];
  } finally {
    await session.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
