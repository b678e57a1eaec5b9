import type { DocSource, Raster } from '../loaders/source.ts';
import type { Region } from '../loaders/source.ts';
import {
  CLEANUP_MS,
  decideAsk,
  isBackground,
  neighbourOf,
  needsRerender,
  PRIORITY,
  RenderState,
} from './renderPolicy.ts';
import type { Ask, RasterKind, SlotKind } from './renderPolicy.ts';
import { browserHost } from './queueHost.ts';
import type { QueueHost } from './queueHost.ts';

/** A finished raster: the whole page at `scale` × natural size, or `region` of it. */
export type Rendered = Ask & { image: Raster };

/** A consumer's hold on one raster: it asks for a scale (and region), and hears of each new raster. */
export interface RasterView {
  want(scale: number, region?: Region | null): void;
  /** Nothing is needed for now (a detail tile that the page raster covers). */
  drop(): void;
  release(): void;
}

/** One raster of one page of one document: the identity is (source object, page index, kind). */
interface Slot {
  source: DocSource;
  page: number;
  kind: SlotKind;
  state: RenderState;
  shown: Rendered | null;
  want: Ask | null;
  running: Ask | null;
  failed: Ask | null;
  notBefore: number;
  users: Set<(r: Rendered) => void>;
  lastUsed: number;
}
interface Doc {
  slots: Map<string, Slot>;
  /** A page render of this document has settled: background work may start. */
  settled: boolean;
  /** One render at a time per document (a closed document's last render cannot hold up the next). */
  busy: boolean;
  visible: number | null;
  direction: 1 | -1;
}

/**
 * THE render scheduler: every page raster, detail tile and thumbnail is asked of it, and it decides
 * what the decoders (loaders) render and when. One render at a time, highest priority first (see
 * renderPolicy.ts); a raster belongs to a source object and a page index, never to a file name.
 */
export class RenderQueue {
  private docs = new Map<DocSource, Doc>();
  private timerAt = Infinity;
  private cancelTimer: (() => void) | null = null;
  private cancelIdle: (() => void) | null = null;
  private cleanupDue = false;

  constructor(private readonly host: QueueHost = browserHost) {}

  /** The raster of the page on screen. Moving to another page sets the direction of travel. */
  page(source: DocSource, pageIndex: number, onRaster: (r: Rendered) => void): RasterView {
    const doc = this.doc(source);
    if (doc.visible !== null && pageIndex !== doc.visible) doc.direction = pageIndex > doc.visible ? 1 : -1;
    doc.visible = pageIndex;
    return this.view(this.slot(source, pageIndex, 'page'), onRaster);
  }

  /** The sharp tile over part of a page (past the whole-page pixel cap). */
  detail(source: DocSource, pageIndex: number, onRaster: (r: Rendered) => void): RasterView {
    return this.view(this.slot(source, pageIndex, 'detail'), onRaster);
  }

  /** A page's thumbnail, longer side at most `maxSide` px; returns the release. */
  thumbnail(source: DocSource, pageIndex: number, maxSide: number, onRaster: (r: Rendered) => void) {
    const v = this.view(this.slot(source, pageIndex, 'thumbnail'), onRaster);
    const p = source.pages[pageIndex];
    if (p) v.want(maxSide / Math.max(p.width, p.height, 1));
    return () => v.release();
  }

  /** The document is closed: its rasters go, and renders still running for it are ignored. */
  release(source: DocSource): void {
    this.docs.delete(source);
  }

  /** Where one raster is (for tests and diagnostics). */
  stateOf(source: DocSource, pageIndex: number, kind: SlotKind): RenderState {
    return this.docs.get(source)?.slots.get(`${kind}:${pageIndex}`)?.state ?? RenderState.INITIAL;
  }

  private doc(source: DocSource): Doc {
    let d = this.docs.get(source);
    if (!d)
      this.docs.set(
        source,
        (d = { slots: new Map(), settled: false, busy: false, visible: null, direction: 1 }),
      );
    return d;
  }

  private slot(source: DocSource, page: number, kind: SlotKind): Slot {
    const slots = this.doc(source).slots;
    const key = `${kind}:${page}`;
    let s = slots.get(key);
    if (!s) {
      const lastUsed = this.host.now();
      const blank = { shown: null, want: null, running: null, failed: null, notBefore: 0 };
      s = { source, page, kind, state: RenderState.INITIAL, ...blank, users: new Set(), lastUsed };
      slots.set(key, s);
    }
    return s;
  }

  private live(slot: Slot): boolean {
    return this.docs.get(slot.source)?.slots.get(`${slot.kind}:${slot.page}`) === slot;
  }

  private view(slot: Slot, onRaster: (r: Rendered) => void): RasterView {
    slot.users.add(onRaster);
    if (slot.shown) onRaster(slot.shown);
    let held = true;
    return {
      want: (scale, region = null) => {
        if (held && this.live(slot)) this.ask(slot, { scale, region });
      },
      drop: () => {
        slot.want = null;
      },
      release: () => {
        if (!held) return;
        held = false;
        slot.users.delete(onRaster);
        slot.lastUsed = this.host.now();
        // Nobody shows it: a render not started yet is not needed (the neighbour asks for itself).
        if (slot.users.size === 0) slot.want = null;
        this.scheduleCleanup();
      },
    };
  }

  private ask(slot: Slot, ask: Ask): void {
    if (!(ask.scale > 0)) return;
    const now = this.host.now();
    const next = decideAsk(slot.kind, slot, ask);
    if (next === 'drop') slot.want = null;
    else if (next !== 'keep') {
      slot.want = ask;
      slot.notBefore = now + next.delay;
    }
    if (slot.want) this.wake(slot.notBefore - now);
  }

  /** Pumps the queue `ms` from now (one timer, for the earliest due render). */
  private wake(ms: number): void {
    const at = this.host.now() + Math.max(0, ms);
    if (this.cancelTimer && this.timerAt <= at) return;
    this.cancelTimer?.();
    this.timerAt = at;
    this.cancelTimer = this.host.later(
      () => {
        this.cancelTimer = null;
        this.timerAt = Infinity;
        this.pump(false);
      },
      Math.max(0, ms),
    );
  }

  private kindOf(slot: Slot): RasterKind {
    if (slot.kind === 'page') return slot.users.size > 0 ? 'visible' : 'neighbour';
    return slot.kind;
  }

  /** Starts the most urgent render that is due; background work only from an idle callback. */
  private pump(idle: boolean): void {
    const now = this.host.now();
    let best: Slot | null = null;
    let nextDue = Infinity;
    let foregroundWaiting = false;
    for (const doc of this.docs.values())
      for (const slot of doc.slots.values()) {
        if (!slot.want || doc.busy) continue;
        const kind = this.kindOf(slot);
        if (isBackground(kind) && !doc.settled) continue;
        if (slot.notBefore > now) {
          nextDue = Math.min(nextDue, slot.notBefore);
          foregroundWaiting ||= !isBackground(kind);
          continue;
        }
        if (!best || PRIORITY[kind] < PRIORITY[this.kindOf(best)]) best = slot;
      }
    if (nextDue < Infinity) this.wake(nextDue - now);
    if (!best) return;
    if (isBackground(this.kindOf(best))) {
      // Never ahead of a page re-render that is only waiting for the zoom to settle.
      if (foregroundWaiting) return;
      if (!idle) {
        this.cancelIdle ??= this.host.idle(() => {
          this.cancelIdle = null;
          this.pump(true);
        });
        return;
      }
    }
    this.start(this.docs.get(best.source)!, best);
  }

  private start(doc: Doc, slot: Slot): void {
    const ask = slot.want!;
    slot.want = null;
    slot.running = ask;
    slot.state = RenderState.RUNNING;
    doc.busy = true;
    const { source, page } = slot;
    new Promise<Raster>((resolve) =>
      resolve(
        ask.region ? source.renderRegion!(page, ask.scale, ask.region) : source.render(page, ask.scale),
      ),
    ).then(
      (image) => this.finish(slot, ask, image),
      () => this.finish(slot, ask, null),
    );
  }

  private finish(slot: Slot, ask: Ask, image: Raster | null): void {
    slot.running = null;
    const doc = this.docs.get(slot.source);
    if (doc) doc.busy = false;
    if (doc && this.live(slot)) {
      if (slot.kind === 'page') doc.settled = true;
      slot.lastUsed = this.host.now();
      if (image) {
        const shown: Rendered = { image, scale: ask.scale, region: ask.region };
        slot.shown = shown;
        slot.state = RenderState.FINISHED;
        slot.failed = null;
        for (const u of slot.users) u(shown);
        // A re-render asked for while this one ran may be covered by it.
        if (slot.kind === 'page' && slot.want && !needsRerender(ask.scale, slot.want.scale)) slot.want = null;
        if (slot.kind === 'page' && slot.users.size > 0) this.askNeighbour(doc, slot, ask.scale);
      } else {
        slot.state = RenderState.FAILED;
        slot.failed = ask;
      }
    }
    this.scheduleCleanup();
    this.pump(false);
  }

  /** After the page on screen: the next one in the direction of travel, at the same scale, once. */
  private askNeighbour(doc: Doc, visible: Slot, scale: number): void {
    const { source } = visible;
    // Only a render that costs something is worth doing ahead (bitmap pages are decoded already).
    if (!source.scalable) return;
    const n = neighbourOf(visible.page, source.pages.length, doc.direction);
    if (n === null) return;
    const slot = this.slot(source, n, 'page');
    // Once per page: at a new zoom the neighbour is re-rendered when it is shown, not ahead (a
    // background render at high zoom would hold up the sharper raster of the page on screen).
    if (slot.users.size > 0 || slot.failed || slot.shown || slot.running) return;
    slot.want = { scale, region: null };
    slot.notBefore = this.host.now();
  }

  /** Rasters nobody has shown for CLEANUP_MS are dropped, when the browser is idle. */
  private scheduleCleanup(): void {
    if (this.cleanupDue) return;
    this.cleanupDue = true;
    this.host.later(
      () =>
        this.host.idle(() => {
          this.cleanupDue = false;
          this.cleanup();
        }),
      CLEANUP_MS,
    );
  }

  private cleanup(): void {
    const now = this.host.now();
    let unused = false;
    for (const doc of this.docs.values())
      for (const [key, slot] of doc.slots) {
        if (slot.users.size > 0 || slot.running || slot.want) continue;
        if (now - slot.lastUsed >= CLEANUP_MS) doc.slots.delete(key);
        else unused = true;
      }
    if (unused) this.scheduleCleanup();
  }
}

/** The app's one render queue. */
export const renderQueue = new RenderQueue();
