/**
 * Bytes the relay may hold in memory for uploads across all requests at once. Each upload takes
 * from it as it grows; when the budget is spent, further uploads go to disk instead, so many
 * concurrent uploads cost disk space, not unbounded memory.
 */
export class MemoryBudget {
  #used = 0;

  constructor(readonly totalBytes: number) {}

  get used(): number {
    return this.#used;
  }

  /** Takes `bytes` if they fit, all or nothing. */
  take(bytes: number): boolean {
    if (this.#used + bytes > this.totalBytes) return false;
    this.#used += bytes;
    return true;
  }

  give(bytes: number): void {
    this.#used = Math.max(0, this.#used - bytes);
  }
}
