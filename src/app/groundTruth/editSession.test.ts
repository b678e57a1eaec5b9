import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../model/groundTruth/index.ts';
import type { Change, GroundTruth } from '../../model/groundTruth/index.ts';
import { field, gtOf, texts } from '../../model/groundTruth/gt.testutil.ts';
import { RunError } from '../run/runError.ts';
import { createEditSession } from './editSession.ts';

/**
 * The edits module against an in-memory server that behaves like the routes' contract: 409 on a
 * stale baseRevision, 400 on changes that do not apply, unreachable while `offline`.
 */
function fakeServer(initial: GroundTruth) {
  const srv = {
    gt: initial,
    offline: false,
    posts: 0,
    async post(_doc: string, base: number, changes: Change[], who: string) {
      await Promise.resolve();
      if (srv.offline) throw new RunError(0, 'HTTP 0', 'The relay could not be reached.');
      srv.posts++;
      if (base !== srv.gt.revision) return { kind: 'conflict' as const };
      const r = applyChanges(srv.gt, base, changes, who, 'now');
      if (r.kind === 'invalid') throw new RunError(400, 'invalid', r.errors[0].message);
      if (r.kind !== 'applied') return { kind: 'conflict' as const };
      srv.gt = r.groundTruth;
      return { kind: 'applied' as const, revision: srv.gt.revision };
    },
    /** Another reviewer's batch, straight into the server. */
    other(changes: Change[]) {
      const r = applyChanges(srv.gt, srv.gt.revision, changes, 'lee', 'now');
      if (r.kind !== 'applied') throw new Error('bad test change');
      srv.gt = r.groundTruth;
    },
  };
  return srv;
}

function setup(
  gt = gtOf([
    ['Tota1', 'due', 'in'],
    ['thirty', 'days'],
  ]),
  afterPaint?: (fn: () => void) => void,
) {
  const srv = fakeServer(gt);
  const published: GroundTruth[] = [];
  const kept = new Map<string, { changes: Change[]; label: string }[]>();
  const timers: (() => void)[] = [];
  const session = createEditSession({
    post: (d, b, c, w) => srv.post(d, b, c, w),
    fetch: async () => srv.gt,
    publish: (_d, g) => published.push(g),
    keep: (d, p) => kept.set(d, p),
    kept: (d) => kept.get(d) ?? [],
    reviewer: () => 'kim',
    now: () => '2026-12-07T06:00:00.000Z',
    later: (fn) => {
      timers.push(fn);
      return () => timers.splice(timers.indexOf(fn), 1);
    },
    ...(afterPaint ? { afterPaint } : {}),
  });
  session.open('d1', gt);
  const settle = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
    await session.flush();
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  return { srv, session, published, kept, timers, settle, state: () => session.store.getState() };
}

describe('the edit session', () => {
  it('applies a batch at once, then posts it and follows the server revision', async () => {
    const t = setup();
    t.session.commit([{ op: 'edit', id: 'p0.w0', text: 'Total' }], 'Edit');
    expect(texts(t.state().local!)[0]).toBe('Total');
    expect(t.published.at(-1)).toBe(t.state().local);
    expect(t.state().pending).toHaveLength(1);
    await t.settle();
    expect(t.state().pending).toHaveLength(0);
    expect(t.state().status).toBe('synced');
    expect(t.srv.gt.revision).toBe(1);
    expect(t.state().server).toEqual(t.srv.gt);
    expect(field(t.srv.gt, 'p0.w0').review).toBe('corrected');
  });

  it('posts after the paint when asked to, and says "saving" from the moment the edit is made', async () => {
    const painted: (() => void)[] = [];
    const t = setup(undefined, (fn) => painted.push(fn));
    t.session.commit([{ op: 'edit', id: 'p0.w0', text: 'Total' }], 'Edit');
    expect(texts(t.state().local!)[0]).toBe('Total');
    expect(t.state().status).toBe('saving');
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(t.srv.posts).toBe(0);
    painted.forEach((fn) => fn());
    for (let i = 0; i < 20; i++) await Promise.resolve();
    await t.session.flush();
    expect(t.srv.posts).toBe(1);
    expect(t.state().status).toBe('synced');
    expect(field(t.srv.gt, 'p0.w0').review).toBe('corrected');
  });

  it('gives added words the ids the server gives them', async () => {
    const t = setup();
    t.session.commit([{ op: 'split', id: 'p0.w1', at: 1 }], 'Split');
    const localIds = t.state().local!.images[0].fields.map((f) => f.id);
    await t.settle();
    expect(t.srv.gt.images[0].fields.map((f) => f.id)).toEqual(localIds);
  });

  it('on 409 reloads and re-applies pending changes, renaming words made meanwhile', async () => {
    const t = setup();
    t.srv.other([{ op: 'accept', id: 'p0.w2' }]); // server now at revision 1, the session at 0
    t.session.commit([{ op: 'split', id: 'p0.w1', at: 1 }], 'Split');
    const made = t.state().local!.images[0].fields[1].id; // named after local revision 1
    t.session.commit([{ op: 'edit', id: made, text: 'D' }], 'Edit');
    await t.settle();
    expect(t.state().pending).toHaveLength(0);
    expect(t.state().conflicts).toEqual([]);
    expect(texts(t.srv.gt)).toEqual(['Tota1', 'D', 'ue', 'in', 'thirty', 'days']);
    expect(field(t.srv.gt, 'p0.w2').review).toBe('accepted');
    expect(t.state().local).toEqual(t.srv.gt);
  });

  it('shows a change that no longer applies after a 409 as a conflict, and keeps the rest', async () => {
    const t = setup();
    t.srv.other([{ op: 'merge', ids: ['p0.w0', 'p0.w1'], separator: ' ' }]);
    t.session.commit([{ op: 'edit', id: 'p0.w1', text: 'Due' }], 'Edit “due”');
    t.session.commit([{ op: 'accept', id: 'p0.w2' }], 'Accept');
    await t.settle();
    expect(t.state().conflicts).toHaveLength(1);
    expect(t.state().conflicts[0].label).toBe('Edit “due”');
    expect(t.state().conflicts[0].message).toBe('a word it changes was deleted, merged or split meanwhile');
    expect(field(t.srv.gt, 'p0.w2').review).toBe('accepted');
    expect(texts(t.srv.gt)).toEqual(['Tota1 due', 'in', 'thirty', 'days']);
    expect(t.state().local).toEqual(t.srv.gt);
  });

  it('undoes and redoes batches, on the server too', async () => {
    const t = setup();
    t.session.commit([{ op: 'merge', ids: ['p0.w1', 'p0.w2'], separator: ' ' }], 'Merge');
    await t.settle();
    expect(texts(t.srv.gt)).toEqual(['Tota1', 'due in', 'thirty', 'days']);
    expect(t.session.undo()).toBe(true);
    await t.settle();
    expect(texts(t.srv.gt)).toEqual(['Tota1', 'due', 'in', 'thirty', 'days']);
    expect(field(t.srv.gt, 'p0.w1').review).toBe('unreviewed');
    expect(t.state().undo).toHaveLength(0);
    expect(t.session.redo()).toBe(true);
    await t.settle();
    expect(texts(t.srv.gt)).toEqual(['Tota1', 'due in', 'thirty', 'days']);
    expect(t.session.redo()).toBe(false);
    // A new change clears what could be redone.
    t.session.undo();
    t.session.commit([{ op: 'accept', id: 'p0.w0' }], 'Accept');
    expect(t.state().redo).toHaveLength(0);
  });

  it('queues while the relay is unreachable, says so, keeps the queue, and sends it on retry', async () => {
    const t = setup();
    t.srv.offline = true;
    t.session.commit([{ op: 'edit', id: 'p0.w0', text: 'Total' }], 'Edit');
    t.session.commit([{ op: 'accept', id: 'p0.w1' }], 'Accept');
    await t.settle();
    expect(t.state().status).toBe('retrying');
    expect(t.state().error).toMatch(/could not be reached/);
    expect(t.state().pending).toHaveLength(2);
    expect(t.kept.get('d1')).toHaveLength(2);
    expect(t.timers).toHaveLength(1);
    t.srv.offline = false;
    t.timers[0]();
    await t.settle();
    expect(t.state().status).toBe('synced');
    expect(t.state().pending).toHaveLength(0);
    expect(t.kept.get('d1')).toEqual([]);
    expect(field(t.srv.gt, 'p0.w0').inferText).toBe('Total');
    expect(field(t.srv.gt, 'p0.w1').review).toBe('accepted');
  });

  it('sends changes kept from before a reload when the document opens again', async () => {
    const t = setup();
    t.srv.offline = true;
    t.session.commit([{ op: 'edit', id: 'p0.w0', text: 'Total' }], 'Edit');
    await t.settle();
    t.session.close();
    t.srv.offline = false;
    t.session.open('d1', t.srv.gt);
    expect(texts(t.state().local!)[0]).toBe('Total');
    await t.settle();
    expect(field(t.srv.gt, 'p0.w0').inferText).toBe('Total');
  });

  it('sets aside a batch the server refuses, with its reason, and carries on', async () => {
    const t = setup();
    // Valid locally, refused by the server (which has already lost the word).
    t.session.commit([{ op: 'accept', id: 'p0.w0' }], 'Accept');
    t.srv.offline = true;
    await t.settle();
    t.srv.offline = false;
    t.srv.gt = {
      ...t.srv.gt,
      images: [{ ...t.srv.gt.images[0], fields: t.srv.gt.images[0].fields.slice(1) }],
    };
    t.timers[0]();
    await t.settle();
    expect(t.state().conflicts.map((c) => c.label)).toEqual(['Accept']);
    expect(t.state().pending).toEqual([]);
  });

  it('says when a change does not apply locally, and changes nothing', () => {
    const t = setup();
    const before = t.state().local;
    expect(t.session.commit([{ op: 'edit', id: 'nope', text: 'x' }], 'Edit')).toBe(false);
    expect(t.state().local).toBe(before);
    expect(t.state().conflicts).toHaveLength(1);
  });
});
