import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppForBench, type AppBuild } from '../appBuild.ts';
import { syntheticResponse } from '../synthetic.ts';
import { startBrowserSession, type BrowserSession } from './harness.ts';
import { restyleOnce, waitForDraw, waitForQuiet, type ProbeState } from './probe.ts';

// The probe relies on the app's layer order (raster, overlay, highlight) and test ids: this
// catches an app change that would make the browser figures measure the wrong thing.
describe('the browser harness and probe on the built app', () => {
  let build: AppBuild;
  let session: BrowserSession;
  let dir: string;
  const stop = new AbortController();

  beforeAll(async () => {
    build = await buildAppForBench();
    session = await startBrowserSession(build.dir, stop.signal);
    dir = await mkdtemp(join(tmpdir(), 'bench-harness-test-'));
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await build?.remove();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the app on loopback and sees the overlay drawn after a response is opened', async () => {
    expect(new URL(session.origin).hostname).toBe('127.0.0.1');
    const page = await session.openApp();
    const json = join(dir, 'small.json');
    await writeFile(json, JSON.stringify(syntheticResponse({ pages: 2, fieldsPerPage: 400 })));
    await page.getByTestId('file-input').setInputFiles(json);
    const overlay = await page.evaluate(waitForDraw, { layer: 1, after: 0, timeoutMs: 20_000 });
    expect(overlay).not.toBeNull();
    expect(overlay!.end).toBeGreaterThanOrEqual(overlay!.start);
    await page.evaluate(waitForQuiet, { quietMs: 300, timeoutMs: 10_000 });
    const state = await page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);
    expect(state.opened).toHaveLength(1);
    expect(overlay!.start).toBeGreaterThan(state.opened[0]);
    // No document image was opened: the raster layer draws blank paper only.
    expect(state.draws.some((d) => d.layer === 0 && d.raster)).toBe(false);

    const ms = await page.evaluate(restyleOnce, { toggle: 'layer-words' });
    expect(ms).not.toBeNull();
    expect(ms!).toBeGreaterThan(0);
    await page.close();
  }, 90_000);
});
