import { describe, expect, it } from 'vitest';
import { RenderQueue } from './renderQueue.ts';
import type { Rendered } from './renderQueue.ts';
import type { QueueHost } from './queueHost.ts';
import { CLEANUP_MS, DETAIL_DEBOUNCE_MS, RenderState, RERENDER_DEBOUNCE_MS } from './renderPolicy.ts';
import type { DocSource, Raster } from '../loaders/source.ts';

/** Timers and idle callbacks run by hand: the policy is tested without a browser. */
function fakeHost() {
  let now = 0;
  let timers: { at: number; fn: () => void; live: boolean }[] = [];
  let idles: { fn: () => void; live: boolean }[] = [];
  const host: QueueHost = {
    now: () => now,
    later(fn, ms) {
      const t = { at: now + ms, fn, live: true };
      timers.push(t);
      return () => void (t.live = false);
    },
    idle(fn) {
      const t = { fn, live: true };
      idles.push(t);
      return () => void (t.live = false);
    },
  };
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return {
    host,
    /** Moves the clock on, firing due timers (and letting settled renders land). */
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        await flush();
        const due = timers.filter((t) => t.live && t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        now = Math.max(now, due.at);
        due.live = false;
        timers = timers.filter((t) => t !== due);
        due.fn();
      }
      now = end;
      await flush();
    },
    /** The browser goes idle once: every idle callback waiting runs. */
    async idle() {
      const run = idles.filter((t) => t.live);
      idles = [];
      for (const t of run) t.fn();
      await flush();
    },
  };
}

interface Call {
  page: number;
  scale: number;
  region: boolean;
  resolve: () => void;
  reject: () => void;
}

/** A decoder whose renders finish when the test says so. */
function fakeSource(name: string, pageCount: number, scalable = true) {
  const calls: Call[] = [];
  const render = (page: number, scale: number, region: boolean) =>
    new Promise<Raster>((res, rej) => {
      const image = { width: Math.round(100 * scale), height: 100, tag: `${name}:${page}@${scale}` };
      calls.push({
        page,
        scale,
        region,
        resolve: () => res(image as unknown as Raster),
        reject: () => rej(new Error('x')),
      });
    });
  const source: DocSource = {
    name,
    format: 'pdf',
    file: new File([], name),
    pages: Array.from({ length: pageCount }, () => ({ width: 600, height: 800 })),
    scalable,
    render: (page, scale) => render(page, scale, false),
    renderRegion: (page, scale) => render(page, scale, true),
    destroy: () => {},
  };
  return { source, calls };
}

function setup(pageCount = 3, scalable = true) {
  const clock = fakeHost();
  const queue = new RenderQueue(clock.host);
  const doc = fakeSource('a.pdf', pageCount, scalable);
  const seen: Rendered[] = [];
  return { clock, queue, ...doc, seen, on: (r: Rendered) => seen.push(r) };
}

describe('RenderQueue priorities', () => {
  it('renders the page on screen first, then thumbnails only after it settled and when idle', async () => {
    const { clock, queue, source, calls, on } = setup(3, false);
    for (let p = 0; p < 3; p++) queue.thumbnail(source, p, 200, () => {});
    queue.page(source, 0, on).want(1);
    await clock.advance(0);
    await clock.idle();
    expect(calls.map((c) => [c.page, c.scale])).toEqual([[0, 1]]);
    // The first render settles (even failing would do); thumbnails then wait for idle time.
    calls[0].resolve();
    await clock.advance(0);
    expect(calls).toHaveLength(1);
    await clock.idle();
    expect(calls.map((c) => [c.page, c.scale])).toEqual([
      [0, 1],
      [0, 0.25],
    ]);
  });

  it('lets thumbnails start after a failed first render too', async () => {
    const { clock, queue, source, calls, on } = setup(2, false);
    queue.thumbnail(source, 1, 200, () => {});
    queue.page(source, 0, on).want(1);
    await clock.advance(0);
    calls[0].reject();
    await clock.advance(0);
    await clock.idle();
    expect(calls.map((c) => c.page)).toEqual([0, 1]);
    expect(queue.stateOf(source, 0, 'page')).toBe(RenderState.FAILED);
  });

  it('renders one thing at a time, visible page before detail before neighbour before thumbnails', async () => {
    const { clock, queue, source, calls, on } = setup(3);
    const page = queue.page(source, 0, on);
    page.want(1);
    await clock.advance(0);
    calls[0].resolve(); // first page settles: the neighbour (page 2) is wanted ahead
    await clock.advance(0);
    queue.thumbnail(source, 2, 200, () => {});
    queue.detail(source, 0, () => {}).want(3, { x: 0, y: 0, width: 10, height: 10 });
    page.want(2); // zoomed: a sharper page raster, debounced
    await clock.advance(RERENDER_DEBOUNCE_MS);
    expect(calls.map((c) => [c.page, c.scale, c.region])).toEqual([
      [0, 1, false],
      [0, 2, false],
    ]);
    calls[1].resolve();
    await clock.advance(DETAIL_DEBOUNCE_MS);
    expect(calls[2]).toMatchObject({ page: 0, scale: 3, region: true });
    calls[2].resolve();
    await clock.advance(0);
    expect(calls).toHaveLength(3); // background work waits for idle time
    await clock.idle();
    expect(calls[3]).toMatchObject({ page: 1, scale: 2, region: false });
    calls[3].resolve();
    await clock.advance(0);
    await clock.idle();
    expect(calls[4]).toMatchObject({ page: 2, scale: 0.25 });
  });

  it('looks ahead in the direction of travel', async () => {
    const { clock, queue, source, calls, on } = setup(5);
    queue.page(source, 3, on).release();
    const v = queue.page(source, 2, on); // moving back
    v.want(1);
    await clock.advance(0);
    calls[0].resolve();
    await clock.advance(0);
    await clock.idle();
    expect(calls[1]).toMatchObject({ page: 1, scale: 1 });
  });

  it('does not render ahead for bitmap documents, which are decoded already', async () => {
    const { clock, queue, source, calls, on } = setup(3, false);
    queue.page(source, 0, on).want(1);
    await clock.advance(0);
    calls[0].resolve();
    await clock.advance(0);
    await clock.idle();
    expect(calls).toHaveLength(1);
  });
});

describe('RenderQueue re-renders', () => {
  it('renders the first page once while the fit settles, and debounces re-renders at a new zoom', async () => {
    const { clock, queue, source, calls, seen, on } = setup(1);
    const v = queue.page(source, 0, on);
    v.want(0.908);
    await clock.advance(0);
    v.want(0.866); // the fit settled a few pixels later: the running render will do
    await clock.advance(0);
    expect(calls).toHaveLength(1);
    calls[0].resolve();
    await clock.advance(0);
    expect(seen.map((r) => r.scale)).toEqual([0.908]);
    v.want(1.5);
    await clock.advance(RERENDER_DEBOUNCE_MS - 10);
    v.want(2); // still zooming: the wait starts again, and only the last zoom renders
    await clock.advance(RERENDER_DEBOUNCE_MS - 10);
    expect(calls).toHaveLength(1);
    await clock.advance(10);
    expect(calls.map((c) => c.scale)).toEqual([0.908, 2]);
    v.want(2.1); // close enough to what is rendering
    calls[1].resolve();
    await clock.advance(RERENDER_DEBOUNCE_MS);
    expect(calls).toHaveLength(2);
    expect(seen.map((r) => r.scale)).toEqual([0.908, 2]);
  });

  it('gives a new view of a page the raster it already has', async () => {
    const { clock, queue, source, calls, on } = setup(1);
    queue.page(source, 0, on).want(1);
    await clock.advance(0);
    calls[0].resolve();
    await clock.advance(0);
    const other: Rendered[] = [];
    queue.page(source, 0, (r) => other.push(r)).want(1);
    await clock.advance(RERENDER_DEBOUNCE_MS);
    expect(other.map((r) => r.scale)).toEqual([1]);
    expect(calls).toHaveLength(1);
  });
});

describe('RenderQueue identity', () => {
  it('tells two documents of the same name apart, and ignores renders of a released one', async () => {
    const { clock, queue, source, calls } = setup(1);
    const same = fakeSource('a.pdf', 1);
    const first: Rendered[] = [];
    const second: Rendered[] = [];
    queue.page(source, 0, (r) => first.push(r)).want(1);
    await clock.advance(0);
    queue.release(source);
    calls[0].resolve();
    queue.page(same.source, 0, (r) => second.push(r)).want(1);
    await clock.advance(0);
    expect(same.calls).toHaveLength(1);
    same.calls[0].resolve();
    await clock.advance(0);
    expect(first).toEqual([]);
    expect(second.map((r) => (r.image as unknown as { tag: string }).tag)).toEqual(['a.pdf:0@1']);
    expect(queue.stateOf(source, 0, 'page')).toBe(RenderState.INITIAL);
    expect(queue.stateOf(same.source, 0, 'page')).toBe(RenderState.FINISHED);
  });
});

describe('RenderQueue cleanup', () => {
  it('drops rasters nobody has shown for a while, when idle, and keeps the ones on screen', async () => {
    const { clock, queue, source, calls, on } = setup(2, false);
    const p0 = queue.page(source, 0, on);
    p0.want(1);
    await clock.advance(0);
    calls[0].resolve();
    await clock.advance(0);
    const dropThumb = queue.thumbnail(source, 1, 200, () => {});
    await clock.advance(0);
    await clock.idle();
    calls[1].resolve();
    await clock.advance(0);
    p0.release(); // paged away
    dropThumb(); // the strip went away
    queue.page(source, 1, on).want(1);
    await clock.advance(0);
    calls[2].resolve();
    await clock.advance(CLEANUP_MS / 2);
    await clock.idle();
    expect(queue.stateOf(source, 0, 'page')).toBe(RenderState.FINISHED); // kept a while for going back
    await clock.advance(CLEANUP_MS / 2);
    await clock.idle();
    expect(queue.stateOf(source, 0, 'page')).toBe(RenderState.INITIAL);
    expect(queue.stateOf(source, 1, 'thumbnail')).toBe(RenderState.INITIAL);
    expect(queue.stateOf(source, 1, 'page')).toBe(RenderState.FINISHED);
  });
});
