import { describe, expect, it } from 'vitest';
import { createWorkQueue } from './workQueue.ts';

/** A task that finishes only when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

describe('createWorkQueue', () => {
  it('never runs more than `concurrency` tasks at once and keeps FIFO order', async () => {
    const q = createWorkQueue(2);
    const started: number[] = [];
    const gates = [gate(), gate(), gate(), gate()];
    const results = gates.map((g, i) =>
      q.run(async () => {
        started.push(i);
        await g.opened;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(q.active).toBe(2);
    expect(q.waiting).toBe(2);
    gates[1].open();
    await results[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates.forEach((g) => g.open());
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3]);
    expect(q.active).toBe(0);
  });

  it('skips a waiting task whose signal aborts, and frees nothing twice', async () => {
    const q = createWorkQueue(1);
    const g = gate();
    const first = q.run(() => g.opened);
    const ac = new AbortController();
    let ran = false;
    const second = q.run(async () => {
      ran = true;
    }, ac.signal);
    ac.abort(new Error('gone'));
    await expect(second).rejects.toThrow('gone');
    expect(q.waiting).toBe(0);
    g.open();
    await first;
    expect(ran).toBe(false);
    expect(await q.run(async () => 'after')).toBe('after');
  });

  it('rejects at once when the signal is already aborted', async () => {
    const q = createWorkQueue(1);
    const ac = new AbortController();
    ac.abort();
    await expect(q.run(async () => 1, ac.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('passes task errors through and keeps going', async () => {
    const q = createWorkQueue(1);
    await expect(q.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await q.run(async () => 2)).toBe(2);
  });

  it('refuses a non-positive concurrency', () => {
    expect(() => createWorkQueue(0)).toThrow();
  });
});
