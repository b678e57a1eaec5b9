import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import { newId } from '../store/ids.ts';
import type { ClaimedRun } from '../store/queue.ts';
import type { Store } from '../store/store.ts';

export type RunOutcome = { response: string } | { code: string; message: string };
export type ExecuteRun = (run: ClaimedRun, signal: AbortSignal) => Promise<RunOutcome>;

export interface WorkerOptions {
  /** Runs in flight at once (the engines queue beyond their own concurrency). */
  concurrency: number;
  /** How long a claim holds unrenewed; renewed every third of it. */
  leaseMs: number;
  /** How often to look for work nobody told this relay about (other relays' batches, lapsed claims). */
  pollMs: number;
  log: FastifyBaseLogger;
}

// A run that took its relay down this often is not tried again.
const MAX_ATTEMPTS = 3;

class Stopping extends Error {}

/**
 * Each relay's batch worker: claims queued runs from the store (atomically, so relays sharing a
 * PostgreSQL never run one twice), runs up to `concurrency` at once, renews their claims while
 * they run, and records each outcome. A claim another relay took over, or a cancelled run, is
 * aborted at the next renewal.
 */
export class BatchWorker {
  readonly owner = `${hostname()}:${process.pid}:${newId()}`;
  readonly #inFlight = new Map<string, { abort: AbortController; done: Promise<void> }>();
  #stopped = false;
  #wake: (() => void) | undefined;
  #loop: Promise<void> | undefined;
  #heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: Store,
    private readonly execute: ExecuteRun,
    private readonly opts: WorkerOptions,
  ) {}

  start(): void {
    this.#loop ??= this.#run();
    this.#heartbeat ??= setInterval(() => void this.#renew(), Math.max(100, this.opts.leaseMs / 3));
    this.#heartbeat.unref();
  }

  /** New work was queued here: look now instead of at the next poll. */
  wake(): void {
    this.#wake?.();
  }

  /** Aborts these runs if this relay runs them (they were cancelled). */
  abort(ids: string[]): void {
    for (const id of ids) this.#inFlight.get(id)?.abort.abort(new Error('cancelled'));
  }

  get running(): number {
    return this.#inFlight.size;
  }

  /** Stops claiming, aborts what runs and gives it back to the queue for another relay. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#heartbeat);
    this.wake();
    for (const { abort } of this.#inFlight.values()) abort.abort(new Stopping('relay stopping'));
    await this.#loop;
    await Promise.all([...this.#inFlight.values()].map((r) => r.done));
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      while (!this.#stopped && this.#inFlight.size < this.opts.concurrency) {
        let run: ClaimedRun | undefined;
        try {
          run = await this.store.claimRun(this.owner, this.opts.leaseMs);
        } catch (err) {
          this.opts.log.warn({ err }, 'batch worker could not claim a job');
          break;
        }
        if (!run) break;
        this.#launch(run);
      }
      if (this.#stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.opts.pollMs);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = undefined;
    }
  }

  #launch(run: ClaimedRun): void {
    const abort = new AbortController();
    const done = (async () => {
      try {
        const outcome: RunOutcome =
          run.attempts > MAX_ATTEMPTS
            ? {
                code: '0500',
                message: `The run was interrupted ${MAX_ATTEMPTS} times (its relay stopped while running it).`,
              }
            : await this.execute(run, abort.signal);
        if (abort.signal.reason instanceof Stopping) await this.store.releaseRun(this.owner, run.id);
        else await this.store.finishRun(this.owner, run.id, outcome);
      } catch (err) {
        if (abort.signal.reason instanceof Stopping) {
          await this.store.releaseRun(this.owner, run.id).catch(() => undefined);
        } else if (!abort.signal.aborted) {
          this.opts.log.error({ err, run: run.id }, 'batch job failed unexpectedly');
          await this.store
            .finishRun(this.owner, run.id, {
              code: '0500',
              message: 'The relay failed unexpectedly running this job.',
            })
            .catch(() => undefined);
        }
      } finally {
        this.#inFlight.delete(run.id);
        this.wake();
      }
    })();
    this.#inFlight.set(run.id, { abort, done });
  }

  async #renew(): Promise<void> {
    const ids = [...this.#inFlight.keys()];
    if (ids.length === 0) return;
    try {
      const held = await this.store.renewClaims(this.owner, ids, this.opts.leaseMs);
      this.abort(ids.filter((id) => !held.has(id) && this.#inFlight.has(id)));
    } catch (err) {
      this.opts.log.warn({ err }, 'batch worker could not renew its claims');
    }
  }
}
