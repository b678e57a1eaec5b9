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

/**
 * The same page zoomed in until its words are set as glyphs (not the bars that stand for words
 * too small to read at the fitted zoom): the layer is turned off, the view zoomed, and the time
 * from turning it on to its drawn pixels taken.
 */
async function zoomedOnce(page: Page) {
  await page.keyboard.press('1'); // fit width
  for (let i = 0; i < 6; i++) await page.keyboard.press('+');
  await page.evaluate(waitForQuiet, { quietMs: 400, timeoutMs: 10_000 });
  await page.getByTestId('layer-text').click();
  await page.evaluate(waitForQuiet, { quietMs: 300, timeoutMs: 10_000 });
  const t0 = await page.evaluate(() => performance.now());
  await page.getByTestId('layer-text').click();
  await page.evaluate(waitForQuiet, { quietMs: 400, timeoutMs: 10_000 });
  const draws = (await named(page)).filter((d) => d.name === LAYER && d.start > t0);
  if (draws.length === 0) throw new Error('the text layer did not draw when turned on');
  return { toggleToDrawnMs: draws[0].end - t0, drawMs: draws[0].end - draws[0].start, scale: draws[0].scale };
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
    const zoomed = await zoomedOnce(page!);
    const first = opens.map((o) => o.firstDrawMs);
    return [
      measured('proof.text_layer_first_draw_ms', median(first), {
        opens: first.map((x) => round(x, 1)),
        from: "end of the response JSON.parse (data) to the end of the text layer's first draw at the fitted zoom",
        layerDrawMedianMs: round(median(opens.map((o) => o.drawMs)), 1),
        fittedScale: round(opens[0].scale, 4),
        zoomedIn: {
          scale: round(zoomed.scale, 3),
          toggleOnToDrawnMs: round(zoomed.toggleToDrawnMs, 1),
          layerDrawMs: round(zoomed.drawMs, 1),
          note: 'fit width then 6 zoom steps: every visible word set as glyphs',
        },
        workload: `1 page x ${WORDS.toLocaleString('en')} words (2480x3508), no page image (text layer on by default)`,
      }),
    ];
  } finally {
    await session.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
