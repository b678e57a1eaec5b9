import type { HashReply, HashRequest } from './hashProtocol.ts';
import { sha256Hex } from './sha256Hex.ts';

/**
 * Files up to this size are hashed on the main thread: reading and hashing them takes less than
 * starting the worker. Larger ones are read by the worker, so their bytes never land in the page's
 * memory (reading a 50 MB TIFF there made main-thread tasks of 80–210 ms).
 */
export const INLINE_HASH_BYTES = 2 * 1024 * 1024;

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve(hash: string): void; reject(err: Error): void }>();

function hashWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./hashWorker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<HashReply>) => {
    const p = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (!p) return;
    if (e.data.ok) p.resolve(e.data.hash);
    else p.reject(new Error(e.data.error));
  };
  w.onerror = (e) => {
    // A worker that failed to start answers nobody: fail what waits, and start afresh next time.
    for (const p of pending.values()) p.reject(new Error(e.message || 'the hash worker failed'));
    pending.clear();
    worker = null;
    w.terminate();
  };
  worker = w;
  return w;
}

/** SHA-256 of the file's bytes, hex: the cache key of OCR runs (same bytes, same options → same result). */
export function fileHash(file: Blob): Promise<string> {
  if (file.size <= INLINE_HASH_BYTES || typeof Worker === 'undefined') return sha256Hex(file);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const req: HashRequest = { id, blob: file };
    hashWorker().postMessage(req);
  });
}
