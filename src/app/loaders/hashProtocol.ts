/** Messages between fileHash (main thread) and hashWorker, in a module of their own so neither bundles the other. */
export interface HashRequest {
  id: number;
  blob: Blob;
}

export type HashReply = { id: number; ok: true; hash: string } | { id: number; ok: false; error: string };
