import { randomBytes } from 'node:crypto';
import { mkdir, rm, rmdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A per-request temp directory, created on first use and removed by `cleanup()` (idempotent), so
 * every spooled file of a request goes away together whatever way the request ends. Memory held
 * for the request (in-memory uploads) is given back at the same moment.
 */
export class Scratch {
  #dir: Promise<string> | undefined;
  readonly #names = new Set<string>();
  readonly #releases: Array<() => void> = [];
  #cleaned = false;

  constructor(private readonly root: string) {}

  /** A fresh path inside the request's directory (the file itself is not created). */
  async path(name: string): Promise<string> {
    if (this.#cleaned) throw new Error('scratch directory already removed');
    // mkdir of a random name, not mkdtemp: same uniqueness (mode 0700, fails if it exists), cheaper.
    this.#dir ??= makeDir(join(this.root, `ocr-relay-${randomBytes(8).toString('hex')}`));
    this.#names.add(name);
    return join(await this.#dir, name);
  }

  /** Runs `release` at cleanup (at once if that already happened). */
  onCleanup(release: () => void): void {
    if (this.#cleaned) release();
    else this.#releases.push(release);
  }

  async cleanup(): Promise<void> {
    this.#cleaned = true;
    for (const release of this.#releases.splice(0)) release();
    const dir = this.#dir;
    if (!dir) return;
    const path = await dir;
    // The files handed out are known: unlinking them and the directory skips the stat-and-list
    // walk of a recursive rm (~0.5 ms per request). Anything else found there falls back to it.
    try {
      await Promise.all([...this.#names].map((n) => unlink(join(path, n)).catch(ignoreMissing)));
      await rmdir(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      await rm(path, { recursive: true, force: true });
    }
  }
}

async function makeDir(path: string): Promise<string> {
  await mkdir(path, { mode: 0o700 });
  return path;
}

function ignoreMissing(err: NodeJS.ErrnoException): void {
  if (err.code !== 'ENOENT') throw err;
}
