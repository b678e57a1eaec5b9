/// <reference lib="webworker" />
import type { HashReply, HashRequest } from './hashProtocol.ts';
import { sha256Hex } from './sha256Hex.ts';

/** Reads and hashes files off the main thread: a 50 MB scan is 50 MB the page never holds. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<HashRequest>) => {
  const { id, blob } = e.data;
  let reply: HashReply;
  try {
    reply = { id, ok: true, hash: await sha256Hex(blob) };
  } catch (err) {
    reply = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
