/**
 * A FIFO queue that caps how many tasks run at once, shared by every request of an engine so that
 * N concurrent requests never start more than `concurrency` OCR processes together.
 */
export interface WorkQueue {
  /** Runs `task` when a slot is free. A task still waiting when `signal` aborts never starts. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

interface Waiter {
  start: () => void;
  signal?: AbortSignal;
}

export function createWorkQueue(concurrency: number): WorkQueue {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new Error('concurrency must be a positive integer');
  let active = 0;
  const waiting: Waiter[] = [];

  const next = () => {
    while (active < concurrency && waiting.length > 0) {
      const w = waiting.shift()!;
      if (w.signal?.aborted) continue;
      w.start();
    }
  };

  const run = <T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const waiter: Waiter = {
        signal,
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          active++;
          task()
            .then(resolve, reject)
            .finally(() => {
              active--;
              next();
            });
        },
      };
      const onAbort = () => {
        const i = waiting.indexOf(waiter);
        if (i >= 0) waiting.splice(i, 1);
        reject(abortReason(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(waiter);
      next();
    });

  return {
    run,
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
  };
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
