import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { completeResponse, replaceDocument } from './openDocument.ts';
import { runKey } from './runs.ts';
import { queryClient } from './queryClient.ts';
import { useDocStore } from './docStore.ts';
import { useUi } from '../ui/uiStore.ts';
import { hoverStore } from '../ui/hoverStore.ts';
import { useReview } from '../review/reviewStore.ts';
import { useCompare } from '../compare/compareStore.ts';
import type { DocSource } from '../loaders/source.ts';
import type { SavedResponse } from '../loaders/loadJson.ts';

function source(name: string) {
  const destroy = vi.fn();
  const s: DocSource = {
    name,
    format: 'png',
    file: new File([], name),
    pages: [{ width: 10, height: 10 }],
    scalable: false,
    render: () => Promise.reject(new Error('not drawn here')),
    destroy,
  };
  return { s, destroy };
}

/** Per-document state a user builds up on the open document. */
function workOnIt() {
  useUi.getState().setPage(2);
  useUi.getState().select({ kind: 'word', id: 3 });
  useReview.getState().setPageTruth(0, 'expected');
  useReview.getState().setQuery('total');
  useCompare.getState().setOpen(true);
  hoverStore.set({ kind: 'word', id: 3 });
}

let frames: (() => void)[] = [];
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterEach(() => vi.unstubAllGlobals());

/** The frame is drawn and the task after it runs (afterPaint). */
async function paint() {
  frames.splice(0).forEach((f) => f());
  await new Promise((r) => setTimeout(r, 0));
}

describe('replaceDocument', () => {
  it("sets the store, releases the old source and resets every feature's state", () => {
    const a = source('a.png');
    const b = source('b.png');
    replaceDocument({ source: a.s, hash: 'ha', saved: null });
    workOnIt();
    replaceDocument({ source: b.s, hash: 'hb', saved: null, errors: ['c.gif: not supported'] });
    expect(a.destroy).toHaveBeenCalledOnce();
    expect(b.destroy).not.toHaveBeenCalled();
    expect(useDocStore.getState()).toMatchObject({
      source: b.s,
      hash: 'hb',
      saved: null,
      opening: false,
      errors: ['c.gif: not supported'],
    });
    expect(useUi.getState()).toMatchObject({ page: 0, selection: null, responseSource: 'run' });
    expect(useReview.getState()).toMatchObject({ truth: [], query: '' });
    expect(useCompare.getState().open).toBe(false);
    expect(hoverStore.get().target).toBeNull();
  });

  it('shows an opened response first, unless told otherwise', () => {
    replaceDocument({ source: null, hash: null, saved: { name: 'r.json', json: {} } });
    expect(useUi.getState().responseSource).toBe('saved');
    replaceDocument({ source: null, hash: null, saved: { name: 'r.json', json: {} }, show: 'run' });
    expect(useUi.getState().responseSource).toBe('run');
  });

  it('cancels the runs in flight for the old document', async () => {
    const signals: AbortSignal[] = [];
    const opts = { engine: '', version: 'V2' as const, lang: 'ko', enableTableDetection: false, range: null };
    const run = queryClient
      .fetchQuery({
        queryKey: runKey('ha', opts),
        queryFn: ({ signal }) => {
          signals.push(signal);
          return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('x'))));
        },
        retry: false,
      })
      .catch(() => 'cancelled');
    replaceDocument({ source: null, hash: null, saved: { name: 'r.json', json: {} } });
    expect(await run).toBe('cancelled');
    expect(signals[0].aborted).toBe(true);
  });
});

describe('a large response, page 1 first', () => {
  const partial: SavedResponse = { name: 'big.json', json: { images: [1] }, partial: true };
  const whole: SavedResponse = { name: 'big.json', json: { images: [1, 2] } };

  it('is completed by its whole after the first paint, as the same document: nothing is reset', async () => {
    replaceDocument({ source: null, hash: null, saved: partial, whole: () => whole });
    expect(useDocStore.getState().saved).toBe(partial);
    workOnIt();
    await paint();
    expect(useDocStore.getState().saved).toBe(whole);
    expect(useReview.getState().truth).toEqual(['expected']);
    expect(useCompare.getState().open).toBe(true);
    expect(useUi.getState().page).toBe(2);
  });

  it('is not completed once another document replaced it, nor by a whole of another part', async () => {
    replaceDocument({ source: null, hash: null, saved: partial, whole: () => whole });
    const other: SavedResponse = { name: 'big.json', json: { images: [9] } };
    replaceDocument({ source: null, hash: null, saved: other });
    await paint();
    expect(useDocStore.getState().saved).toBe(other);
    completeResponse(partial, () => whole);
    expect(useDocStore.getState().saved).toBe(other);
  });

  it('reports a whole that does not parse beside the page already shown', () => {
    replaceDocument({ source: null, hash: null, saved: partial, errors: ['x.gif: refused'] });
    completeResponse(partial, () => {
      throw new Error('big.json is not valid JSON (end of input).');
    });
    expect(useDocStore.getState().saved).toBe(partial);
    expect(useDocStore.getState().errors).toEqual([
      'x.gif: refused',
      'big.json is not valid JSON (end of input).',
    ]);
  });
});
