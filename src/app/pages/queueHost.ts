/** Timers and idle callbacks, injected so the policy runs in unit tests without a browser. */
export interface QueueHost {
  now(): number;
  later(fn: () => void, ms: number): () => void;
  idle(fn: () => void): () => void;
}

export const browserHost: QueueHost = {
  now: () => performance.now(),
  later(fn, ms) {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
  idle(fn) {
    if (typeof requestIdleCallback !== 'function') return browserHost.later(fn, 0);
    const id = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  },
};
