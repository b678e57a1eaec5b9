import { createStore } from 'zustand/vanilla';
import { applyChanges, inverseChanges } from '../../model/groundTruth/index.ts';
import type { Change, GroundTruth } from '../../model/groundTruth/index.ts';
import type { PostResult } from './api.ts';
import { renameChanges, replay } from './rebase.ts';
import type { Batch, IdMap } from './rebase.ts';

/**
 * The reviewer's edits to one document's ground truth: applied here at once (optimistic, with the
 * same kernel and ids as the server), posted one batch at a time, re-applied on the fresh ground
 * truth after a 409, kept and retried while the relay cannot be reached, and undone or redone as
 * batches. Nothing is dropped without a line in `conflicts` saying what and why.
 */

export type SyncStatus = 'synced' | 'saving' | 'retrying';

export interface Conflict {
  label: string;
  message: string;
}

export interface EditState {
  docId: string | null;
  /** The ground truth as the server confirmed it. */
  server: GroundTruth | null;
  /** What the reviewer sees: `server` with `pending` applied. */
  local: GroundTruth | null;
  pending: Batch[];
  undo: Change[][];
  redo: Change[][];
  status: SyncStatus;
  /** Why the last post failed, while it is being retried. */
  error: string | null;
  conflicts: Conflict[];
}

export interface SessionDeps {
  post: (docId: string, baseRevision: number, changes: Change[], reviewer: string) => Promise<PostResult>;
  fetch: (docId: string) => Promise<GroundTruth>;
  /** Mirrors what the reviewer sees to every reader (the query cache). */
  publish: (docId: string, gt: GroundTruth) => void;
  /** Keeps unsent batches across a reload (localStorage). */
  keep: (docId: string, pending: { changes: Change[]; label: string }[]) => void;
  kept: (docId: string) => { changes: Change[]; label: string }[];
  reviewer: () => string;
  now: () => string;
  /** Runs `fn` after `ms`; returns a cancel. */
  later: (fn: () => void, ms: number) => () => void;
  /**
   * Runs `fn` once the edit is on screen (the app: after the next paint), so posting it does not
   * delay the frame that shows it and the next word; absent, at once.
   */
  afterPaint?: (fn: () => void) => void;
}

/** HTTP statuses that mean "the server refuses these changes", not "try again". */
const refused = (e: unknown): string | null => {
  const status = (e as { status?: unknown })?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 408 && status !== 429
    ? e instanceof Error
      ? e.message
      : `HTTP ${status}`
    : null;
};

const EMPTY: EditState = {
  docId: null,
  server: null,
  local: null,
  pending: [],
  undo: [],
  redo: [],
  status: 'synced',
  error: null,
  conflicts: [],
};

const renameAll = (stack: Change[][], map: IdMap) =>
  map.size ? stack.map((c) => renameChanges(c, map)) : stack;

export function createEditSession(deps: SessionDeps) {
  const store = createStore<EditState>()(() => EMPTY);
  const { getState: get, setState: set } = store;
  let posting = false;
  let cancelRetry: (() => void) | null = null;
  let delay = 1000;

  const show = (s: Partial<EditState>) => {
    set(s);
    const { docId, local, pending } = get();
    if (docId && local) {
      deps.publish(docId, local);
      deps.keep(
        docId,
        pending.map((b) => ({ changes: b.changes, label: b.label })),
      );
    }
  };

  /** Fresh server ground truth: the pending batches go on top of it again. */
  function rebase(fresh: GroundTruth, extra: Conflict[] = []) {
    const s = get();
    const r = replay(fresh, s.pending, deps.reviewer(), deps.now());
    show({
      server: fresh,
      local: r.groundTruth,
      pending: r.batches,
      undo: renameAll(s.undo, r.renames),
      redo: renameAll(s.redo, r.renames),
      conflicts: [...s.conflicts, ...extra, ...r.conflicts],
    });
  }

  async function reload(docId: string, extra: Conflict[] = []) {
    const fresh = await deps.fetch(docId);
    if (get().docId === docId) rebase(fresh, extra);
  }

  function retryLater(message: string) {
    set({ status: 'retrying', error: message });
    cancelRetry?.();
    cancelRetry = deps.later(() => {
      cancelRetry = null;
      void flush();
    }, delay);
    delay = Math.min(delay * 2, 30_000);
  }

  /** Posts the pending batches, oldest first, one at a time. */
  async function flush(): Promise<void> {
    if (posting) return;
    const { docId, server, pending } = get();
    if (!docId || !server || pending.length === 0) {
      if (get().status !== 'synced' && pending.length === 0) set({ status: 'synced', error: null });
      return;
    }
    posting = true;
    set({ status: 'saving' });
    const batch = pending[0];
    try {
      const r = await deps.post(docId, server.revision, batch.changes, deps.reviewer());
      if (get().docId !== docId) return;
      delay = 1000;
      if (r.kind === 'conflict') {
        await reload(docId);
      } else {
        const now = get();
        const applied = applyChanges(
          now.server!,
          now.server!.revision,
          batch.changes,
          deps.reviewer(),
          deps.now(),
        );
        if (applied.kind === 'applied' && applied.groundTruth.revision === r.revision) {
          show({ server: applied.groundTruth, pending: now.pending.slice(1), error: null });
        } else {
          // The server's copy moved on in a way this copy cannot follow: take its word for it.
          show({ pending: now.pending.slice(1) });
          await reload(docId);
        }
      }
    } catch (e) {
      if (get().docId !== docId) return;
      const why = refused(e);
      if (why === null) {
        retryLater(e instanceof Error ? e.message : String(e));
        return;
      }
      // Refused outright: set it aside, said, and carry on with the rest on the server's copy.
      const s = get();
      set({ pending: s.pending.slice(1) });
      await reload(docId, [{ label: batch.label, message: why }]).catch((err: unknown) =>
        retryLater(err instanceof Error ? err.message : String(err)),
      );
    } finally {
      posting = false;
    }
    if (get().status !== 'retrying') void flush();
  }

  /** Applies a batch locally and queues it; false (and a conflict line) when it does not apply. */
  function apply(changes: Change[], label: string, kind: 'do' | 'undo' | 'redo'): boolean {
    const s = get();
    if (!s.local || changes.length === 0) return false;
    const r = applyChanges(s.local, s.local.revision, changes, deps.reviewer(), deps.now());
    if (r.kind !== 'applied') {
      const message = r.kind === 'invalid' ? r.errors.map((e) => e.message).join('; ') : 'stale revision';
      // An undo or redo that no longer applies is dropped from its stack, so the next one can run.
      set({
        conflicts: [...s.conflicts, { label, message }],
        undo: kind === 'undo' ? s.undo.slice(0, -1) : s.undo,
        redo: kind === 'redo' ? s.redo.slice(0, -1) : s.redo,
      });
      return false;
    }
    const inverse = inverseChanges(r.entries);
    show({
      local: r.groundTruth,
      pending: [...s.pending, { changes, entries: r.entries, label }],
      undo: kind === 'undo' ? s.undo.slice(0, -1) : [...s.undo, inverse],
      redo: kind === 'undo' ? [...s.redo, inverse] : kind === 'redo' ? s.redo.slice(0, -1) : [],
      // Unsent from now on, even before the post goes out after the paint.
      ...(s.status === 'synced' ? { status: 'saving' as const } : {}),
    });
    if (deps.afterPaint) deps.afterPaint(() => void flush());
    else void flush();
    return true;
  }

  return {
    store,
    /** Starts (or keeps) the session of `docId` on the server's ground truth. */
    open(docId: string, gt: GroundTruth) {
      const s = get();
      if (s.docId === docId && s.server) {
        // A fresher copy from the server (a re-run, another reviewer): rebase on it.
        if (gt === s.local) return;
        if (gt.revision !== s.server.revision) rebase(gt);
        // The same revision read again: readers keep seeing the reviewer's pending changes.
        else if (s.local) deps.publish(docId, s.local);
        return;
      }
      cancelRetry?.();
      cancelRetry = null;
      delay = 1000;
      const kept = deps.kept(docId);
      set({ ...EMPTY, docId, server: gt, local: gt });
      if (kept.length > 0) {
        const batches = kept.map((b) => ({ ...b, entries: [] }));
        const r = replay(gt, batches, deps.reviewer(), deps.now());
        show({ local: r.groundTruth, pending: r.batches, conflicts: r.conflicts });
        void flush();
      }
    },
    close() {
      cancelRetry?.();
      cancelRetry = null;
      set(EMPTY);
    },
    commit: (changes: Change[], label: string) => apply(changes, label, 'do'),
    undo(): boolean {
      const top = get().undo.at(-1);
      return top ? apply(top, 'Undo', 'undo') : false;
    },
    redo(): boolean {
      const top = get().redo.at(-1);
      return top ? apply(top, 'Redo', 'redo') : false;
    },
    /** Tries the queue again now (the retry button, the browser coming back online). */
    retry() {
      cancelRetry?.();
      cancelRetry = null;
      delay = 1000;
      void flush();
    },
    dismissConflicts: () => set({ conflicts: [] }),
    /** Resolves when nothing is being posted (tests). */
    flush,
  };
}

export type EditSession = ReturnType<typeof createEditSession>;
