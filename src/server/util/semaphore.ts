/** Raised when a caller would have to wait behind more than `maxQueue` others. */
export class QueueFullError extends Error {
  constructor(readonly maxQueue: number) {
    super(`queue full (${maxQueue} waiting)`);
    this.name = 'QueueFullError';
  }
}

export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
  fail: (err: unknown) => void;
}

/**
 * Counting semaphore with a bounded FIFO queue. A waiter whose signal aborts leaves the queue,
 * so an abandoned request never holds a slot it will not use.
 */
export class Semaphore {
  #active = 0;
  readonly #queue: Waiter[] = [];

  constructor(
    readonly max: number,
    readonly maxQueue: number,
  ) {
    if (!(max >= 1)) throw new RangeError('max must be >= 1');
  }

  get active(): number {
    return this.#active;
  }

  get waiting(): number {
    return this.#queue.length;
  }

  acquire(signal?: AbortSignal): Promise<Release> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#active < this.max) {
      this.#active++;
      return Promise.resolve(this.#releaser());
    }
    if (this.#queue.length >= this.maxQueue) return Promise.reject(new QueueFullError(this.maxQueue));
    return new Promise<Release>((resolve, reject) => {
      const onAbort = () => {
        const i = this.#queue.indexOf(waiter);
        if (i >= 0) this.#queue.splice(i, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
        fail: reject,
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
    });
  }

  /** Runs `fn` holding one slot. */
  async run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const release = await this.acquire(signal);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  #releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#queue.shift();
      // The slot passes straight to the next waiter, so #active stays the same.
      if (next) next.grant(this.#releaser());
      else this.#active--;
    };
  }
}

/** One semaphore per key (e.g. per upstream URL), created on first use. */
export class KeyedSemaphores {
  readonly #byKey = new Map<string, Semaphore>();

  constructor(
    readonly max: number,
    readonly maxQueue: number,
  ) {}

  for(key: string): Semaphore {
    let s = this.#byKey.get(key);
    if (!s) {
      s = new Semaphore(this.max, this.maxQueue);
      this.#byKey.set(key, s);
    }
    return s;
  }
}
