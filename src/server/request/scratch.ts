import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A per-request temp directory, created on first use and removed by `cleanup()` (idempotent), so
 * every spooled file of a request goes away together whatever way the request ends.
 */
export class Scratch {
  #dir: Promise<string> | undefined;
  #cleaned = false;

  constructor(private readonly root: string) {}

  /** A fresh path inside the request's directory (the file itself is not created). */
  async path(name: string): Promise<string> {
    if (this.#cleaned) throw new Error('scratch directory already removed');
    this.#dir ??= mkdtemp(join(this.root, 'ocr-relay-'));
    return join(await this.#dir, name);
  }

  async cleanup(): Promise<void> {
    this.#cleaned = true;
    const dir = this.#dir;
    if (!dir) return;
    await rm(await dir, { recursive: true, force: true });
  }
}
