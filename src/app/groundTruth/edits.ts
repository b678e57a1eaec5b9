import { useStore } from 'zustand';
import type { Change, GroundTruth } from '../../model/groundTruth/index.ts';
import { queryClient } from '../document/queryClient.ts';
import { fetchGroundTruth, groundTruthKeys, postChanges } from './api.ts';
import { createEditSession } from './editSession.ts';
import type { EditState } from './editSession.ts';
import { useReviewer } from './reviewer.ts';

/** The app's one edit session (see editSession.ts), wired to the relay and the shared query. */

const keyOf = (docId: string) => `ocr-inspector.gt-pending.${docId}`;

type Kept = { changes: Change[]; label: string }[];

export const edits = createEditSession({
  post: (docId, base, changes, reviewer) => postChanges(docId, base, changes, reviewer),
  fetch: (docId) => fetchGroundTruth(docId),
  publish: (docId, gt: GroundTruth) => queryClient.setQueryData(groundTruthKeys.document(docId), gt),
  keep: (docId, pending: Kept) => {
    try {
      if (pending.length) localStorage.setItem(keyOf(docId), JSON.stringify(pending));
      else localStorage.removeItem(keyOf(docId));
    } catch {
      // Full or private storage: the queue still lives in this tab and is retried.
    }
  },
  kept: (docId) => {
    try {
      const v = JSON.parse(localStorage.getItem(keyOf(docId)) ?? '[]') as unknown;
      return Array.isArray(v) ? (v as Kept) : [];
    } catch {
      return [];
    }
  },
  reviewer: () => useReviewer.getState().name || 'anonymous',
  now: () => new Date().toISOString(),
  later: (fn, ms) => {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
  afterPaint: (fn) => {
    // After the next paint; a hidden tab paints no frames, so at most 100 ms later in any case.
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      fn();
    };
    requestAnimationFrame(() => setTimeout(run, 0));
    setTimeout(run, 100);
  },
});

if (typeof window !== 'undefined') window.addEventListener('online', () => edits.retry());

export const useEdits = <T>(select: (s: EditState) => T): T => useStore(edits.store, select);
