/**
 * Code that runs INSIDE the benchmarked page (passed to page.evaluate, so each function must be
 * self-contained). It times the app from within, with performance.now():
 * - every Konva layer draw (start, end, layer index, stage scale, whether a raster was drawn),
 *   rasterisation included, by wrapping Konva.Layer.prototype.drawScene: the stage's layers are 0 = page raster,
 *   1 = overlay, 2 = highlight (see src/app/canvas/Stage.tsx);
 * - the moment a file is handed to the app (the file input's change event);
 * - the moment response data exists: the end of each JSON.parse of a large text (> 100 kB);
 * - long tasks (PerformanceObserver 'longtask', > 50 ms).
 */

export interface LayerDraw {
  layer: number;
  start: number;
  end: number;
  scale: number;
  /** Layer 0 only: a page raster (Konva.Image with an image) was part of this draw. */
  raster: boolean;
  /** How many nodes the layer held: 0 is an empty layer (the stage stays mounted with no document). */
  nodes: number;
}

export interface ProbeState {
  opened: number[];
  /** End of each JSON.parse of a text over 100 kB (a response turned into data), and its length. */
  parsed: { end: number; chars: number }[];
  draws: LayerDraw[];
  longTasks: { start: number; duration: number }[];
}

interface KonvaNode {
  index: number;
  getClassName(): string;
  getChildren(): KonvaNode[];
  getStage(): { scaleX(): number } | null;
  getNativeCanvasElement(): HTMLCanvasElement;
  image?: () => unknown;
}

type ProbeWindow = Window & {
  __bench?: ProbeState;
  Konva?: { Layer: { prototype: { drawScene: (...a: unknown[]) => unknown } } };
};

/** Installs the probe; call once the app has loaded (Konva is on window then). */
export function installProbe(): void {
  const w = window as ProbeWindow;
  if (w.__bench) return;
  const K = w.Konva;
  if (!K) throw new Error('window.Konva is missing: the app did not load Konva');
  const state: ProbeState = { opened: [], parsed: [], draws: [], longTasks: [] };
  w.__bench = state;
  const original = K.Layer.prototype.drawScene;
  K.Layer.prototype.drawScene = function (this: KonvaNode, ...args: unknown[]) {
    const start = performance.now();
    const out = original.apply(this, args);
    // Chromium records 2D canvas calls and rasterises them later in the frame; reading one pixel
    // makes it rasterise now, so the time covers the pixels, not only the recording.
    this.getNativeCanvasElement().getContext('2d')?.getImageData(0, 0, 1, 1);
    const end = performance.now();
    const raster =
      this.index === 0 && this.getChildren().some((c) => c.getClassName() === 'Image' && !!c.image?.());
    const nodes = this.getChildren().length;
    state.draws.push({ layer: this.index, start, end, scale: this.getStage()?.scaleX() ?? 0, raster, nodes });
    return out;
  };
  const parse = JSON.parse;
  JSON.parse = function (text: string, reviver?: Parameters<typeof JSON.parse>[1]) {
    const out: unknown = parse(text, reviver);
    if (typeof text === 'string' && text.length > 100_000)
      state.parsed.push({ end: performance.now(), chars: text.length });
    return out;
  } as typeof JSON.parse;
  document.addEventListener(
    'change',
    (e) => {
      if ((e.target as HTMLElement | null)?.dataset?.testid === 'file-input')
        state.opened.push(performance.now());
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) state.longTasks.push({ start: t.startTime, duration: t.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Resolves once `layer` has drawn (with a raster, if asked) after `after`; the draw, or null on timeout. */
export function waitForDraw(arg: {
  layer: number;
  after: number;
  raster?: boolean;
  timeoutMs: number;
}): Promise<LayerDraw | null> {
  const state = (window as ProbeWindow).__bench!;
  const deadline = performance.now() + arg.timeoutMs;
  return new Promise((resolve) => {
    const look = () => {
      const d = state.draws.find(
        (x) => x.layer === arg.layer && x.start > arg.after && (!arg.raster || x.raster),
      );
      if (d) resolve(d);
      else if (performance.now() > deadline) resolve(null);
      else setTimeout(look, 5);
    };
    look();
  });
}

/** Resolves once no layer has drawn for `quietMs` (the app has settled), at most `timeoutMs`. */
export function waitForQuiet(arg: { quietMs: number; timeoutMs: number }): Promise<boolean> {
  const state = (window as ProbeWindow).__bench!;
  const t0 = performance.now();
  return new Promise((resolve) => {
    const look = () => {
      const now = performance.now();
      const last = state.draws.at(-1)?.end ?? t0;
      if (now - Math.max(last, t0) >= arg.quietMs) resolve(true);
      else if (now - t0 > arg.timeoutMs) resolve(false);
      else setTimeout(look, 20);
    };
    look();
  });
}

/** Per animation frame: its start (the rAF timestamp) and main-thread work until the thread was free. */
export interface FrameSample {
  start: number;
  /** Frame start to the first task after the frame's rendering: rAF callbacks, React, Konva, paint. */
  workMs: number;
}

/**
 * Zooms with one wheel event per animation frame (in for half the frames, then out) at the
 * stage's centre, sampling every frame.
 */
export async function zoomFrames(arg: { frames: number; deltaY: number }): Promise<FrameSample[]> {
  const el = document.querySelector('[data-testid=overlay]') as HTMLElement;
  const r = el.getBoundingClientRect();
  const samples: FrameSample[] = [];
  const channel = new MessageChannel();
  let pending: number | null = null;
  // A message posted from a rAF callback runs after that frame's rendering steps and after the
  // tasks queued before it (React's render): the main thread's work for the frame is done then.
  channel.port1.onmessage = () => {
    if (pending !== null) samples.push({ start: pending, workMs: performance.now() - pending });
    pending = null;
  };
  let n = 0;
  await new Promise<void>((done) => {
    const frame = (t: number) => {
      if (n++ >= arg.frames) return setTimeout(done, 50);
      const sign = n <= arg.frames / 2 ? -1 : 1;
      el.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: sign * arg.deltaY,
          clientX: r.left + r.width * 0.45,
          clientY: r.top + r.height * 0.4,
          bubbles: true,
          cancelable: true,
        }),
      );
      pending = t;
      channel.port2.postMessage(0);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  channel.port1.close();
  return samples;
}
type SamplerWindow = ProbeWindow & { __frames?: { samples: FrameSample[]; on: boolean } };
/** Samples animation frames as zoomFrames does until stopFrameSampler (for input driven from outside). */
export function startFrameSampler(): void {
  const w = window as SamplerWindow;
  const s = { samples: [] as FrameSample[], on: true };
  w.__frames = s;
  const channel = new MessageChannel();
  let pending: number | null = null;
  channel.port1.onmessage = () => {
    if (pending !== null) s.samples.push({ start: pending, workMs: performance.now() - pending });
    pending = null;
  };
  const frame = (t: number) => {
    if (!s.on) return channel.port1.close();
    pending = t;
    channel.port2.postMessage(0);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

export function stopFrameSampler(): FrameSample[] {
  const w = window as SamplerWindow;
  w.__frames!.on = false;
  return w.__frames!.samples;
}

/** Frame timestamps of an idle page, to learn the display's frame period. */
export function idleFrames(count: number): Promise<number[]> {
  const times: number[] = [];
  return new Promise((resolve) => {
    const frame = (t: number) => {
      times.push(t);
      if (times.length > count) resolve(times);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

export interface HoverSample {
  /** pointermove dispatch: hit-test, hover store, tooltip. */
  handlerMs: number;
  /** The highlight layer's draw that followed. */
  drawMs: number;
  /** pointermove to highlight drawn, including the wait for the next frame. */
  latencyMs: number;
}

/**
 * Moves the pointer over each point (client coordinates), one move per frame, dispatched at the
 * start of a frame. Each sample: the synchronous handler time plus the highlight draw it caused.
 * A point whose move caused no highlight draw within 200 ms gives null.
 */
export async function hoverSamples(points: { x: number; y: number }[]): Promise<(HoverSample | null)[]> {
  const el = document.querySelector('[data-testid=overlay]') as HTMLElement;
  const state = (window as ProbeWindow).__bench!;
  const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  const out: (HoverSample | null)[] = [];
  for (const p of points) {
    await nextFrame();
    const t0 = performance.now();
    el.dispatchEvent(
      new PointerEvent('pointermove', {
        clientX: p.x,
        clientY: p.y,
        pointerId: 1,
        pointerType: 'mouse',
        isPrimary: true,
        bubbles: true,
      }),
    );
    const t1 = performance.now();
    let draw: LayerDraw | undefined;
    const deadline = t1 + 200;
    while (!draw && performance.now() < deadline) {
      await nextFrame();
      draw = state.draws.find((d) => d.layer === 2 && d.start >= t1);
    }
    out.push(draw ? { handlerMs: t1 - t0, drawMs: draw.end - draw.start, latencyMs: draw.end - t0 } : null);
  }
  return out;
}

/**
 * Restyles once: sets the low-threshold field to `thresholdPercent`, or clicks the layer toggle
 * `toggle`, at the start of a frame; returns ms until the overlay layer has redrawn, or null.
 */
export async function restyleOnce(arg: {
  thresholdPercent?: number;
  toggle?: string;
}): Promise<number | null> {
  const state = (window as ProbeWindow).__bench!;
  await new Promise<void>((r) => requestAnimationFrame(() => r()));
  const t0 = performance.now();
  if (arg.toggle) {
    (document.querySelector(`[data-testid=${arg.toggle}]`) as HTMLButtonElement).click();
  } else {
    const input = document.querySelector('[data-testid=threshold-low]') as HTMLInputElement;
    // React tracks the value through the native setter; an input event then reaches onChange.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
      input,
      String(arg.thresholdPercent),
    );
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const deadline = t0 + 2_000;
  while (performance.now() < deadline) {
    await new Promise<void>((r) => requestAnimationFrame(() => r()));
    const d = state.draws.find((x) => x.layer === 1 && x.start >= t0);
    if (d) return d.end - t0;
  }
  return null;
}

/** Shows page `index` through the automation hook; ms until the overlay layer has drawn it, or null. */
export async function switchPage(index: number): Promise<number | null> {
  const w = window as ProbeWindow & { ocrInspector: { goToPage(i: number): Promise<void> } };
  const state = w.__bench!;
  await new Promise<void>((r) => requestAnimationFrame(() => r()));
  const t0 = performance.now();
  await w.ocrInspector.goToPage(index);
  const deadline = t0 + 5_000;
  while (performance.now() < deadline) {
    const d = state.draws.find((x) => x.layer === 1 && x.start >= t0);
    if (d) return d.end - t0;
    await new Promise<void>((r) => requestAnimationFrame(() => r()));
  }
  return null;
}
