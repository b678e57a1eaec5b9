import { describe, expect, it } from 'vitest';
import { KeyedSemaphores, QueueFullError, Semaphore } from './semaphore.ts';

const tick = () => new Promise((r) => setImmediate(r));

describe('Semaphore', () => {
  it('never lets more than max run at once and runs everyone eventually', async () => {
    const sem = new Semaphore(3, 100);
    let inFlight = 0;
    let peak = 0;
    const gates: Array<() => void> = [];
    const jobs = Array.from({ length: 10 }, () =>
      sem.run(async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise<void>((r) => gates.push(r));
        inFlight--;
      }),
    );
    for (let done = 0; done < 10;) {
      await tick();
      const g = gates.shift();
      if (g) {
        g();
        done++;
      }
    }
    await Promise.all(jobs);
    expect(peak).toBe(3);
    expect(sem.active).toBe(0);
  });

  it('refuses a caller when the queue is full', async () => {
    const sem = new Semaphore(1, 1);
    const r1 = await sem.acquire();
    const p2 = sem.acquire();
    await expect(sem.acquire()).rejects.toBeInstanceOf(QueueFullError);
    r1();
    const r2 = await p2;
    r2();
    expect(sem.active).toBe(0);
  });

  it('drops an aborted waiter from the queue', async () => {
    const sem = new Semaphore(1, 5);
    const r1 = await sem.acquire();
    const ac = new AbortController();
    const p = sem.acquire(ac.signal);
    expect(sem.waiting).toBe(1);
    ac.abort(new Error('gone'));
    await expect(p).rejects.toThrow('gone');
    expect(sem.waiting).toBe(0);
    r1();
    expect(sem.active).toBe(0);
  });

  it('ignores a second release of the same slot', async () => {
    const sem = new Semaphore(2, 5);
    const r = await sem.acquire();
    await sem.acquire();
    r();
    r();
    expect(sem.active).toBe(1);
  });
});

describe('KeyedSemaphores', () => {
  it('keeps one semaphore per key', () => {
    const k = new KeyedSemaphores(2, 3);
    expect(k.for('a')).toBe(k.for('a'));
    expect(k.for('a')).not.toBe(k.for('b'));
  });
});
