import { RelayError } from '../errors.ts';
import type { Store } from './store.ts';

/**
 * The relay's store, opened once on first use (main.ts opens it at start, so migrations run and
 * queued batch jobs resume before the first request; app tests that never touch the store never
 * open one). A failed opening is retried by the next request.
 */
export class StoreHolder {
  #opening: Promise<Store> | undefined;
  #closed = false;

  constructor(
    private readonly open: () => Promise<Store>,
    private readonly onOpen: (store: Store) => void,
    private readonly onError: (err: unknown) => void,
    /** Whether close() closes the store too (not when a test handed it over). */
    private readonly owned: boolean,
  ) {}

  get(): Promise<Store> {
    if (this.#closed) return Promise.reject(new RelayError('0500', 'The relay is shutting down.', 503));
    this.#opening ??= this.open().then(
      (store) => {
        this.onOpen(store);
        return store;
      },
      (err) => {
        this.#opening = undefined;
        this.onError(err);
        throw new RelayError('0500', 'The store cannot be opened; the relay log says why.', 503);
      },
    );
    return this.#opening;
  }

  /** The store if it is open (or opening), without opening it. */
  peek(): Promise<Store> | undefined {
    return this.#opening;
  }

  async close(beforeClose: () => Promise<void>): Promise<void> {
    this.#closed = true;
    const store = await this.#opening?.catch(() => undefined);
    await beforeClose();
    if (store && this.owned) await store.close();
  }
}
