import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/** How long, and how much, the relay keeps reading an unread upload after refusing it. */
export interface LingerLimits {
  /** Close when no byte has arrived for this long. */
  idleMs: number;
  /** Close this long after the answer at the latest. */
  totalMs: number;
  /** Close once this many more bytes have been read and dropped. */
  maxBytes: number;
}

export const LINGER_LIMITS: LingerLimits = { idleMs: 2_000, totalMs: 15_000, maxBytes: 128 * 1024 * 1024 };

const lingering = new WeakSet<Socket>();

/** True while `socket` has answered and is only dropping the rest of a refused upload. */
export function isLingering(socket: Socket): boolean {
  return lingering.has(socket);
}

/**
 * A refusal sent before the body was read (a Content-Length over the limit, a bad part) must not
 * be followed by an immediate close: the client is still writing, the unread bytes make the
 * kernel answer with a reset, and the client (fetch, curl) then reports EPIPE or ECONNRESET and
 * often loses the answer it was sent. Like nginx's lingering close, the answer goes out with
 * `Connection: close`, then only the write side is shut (FIN) and the rest of the upload is read
 * and dropped until the client closes its side or a limit is reached.
 *
 * Node closes a `Connection: close` socket through `destroySoon()` once the answer is written;
 * this replaces that one call on this one socket.
 */
export function lingerBeforeClose(request: IncomingMessage, limits: LingerLimits = LINGER_LIMITS): void {
  // A body parser that failed may have destroyed the request, and its socket with it.
  const socket = request.socket as Socket | null;
  if (request.complete || !socket || socket.destroyed || lingering.has(socket)) return;
  lingering.add(socket);
  socket.destroySoon = function lingerThenDestroy(this: Socket) {
    if (this.writable) this.end();
    // A body parser that gave up may have left the request paused; flowing with no reader drops it.
    request.resume();
    dropUntilClosed(this, limits);
  };
}

function dropUntilClosed(socket: Socket, limits: LingerLimits): void {
  // The HTTP parser reads the socket itself (no 'data' events); its byte count still moves.
  const start = socket.bytesRead;
  const began = Date.now();
  let seen = start;
  let lastByte = began;
  const stop = () => {
    clearInterval(timer);
    if (!socket.destroyed) socket.destroy();
  };
  const timer = setInterval(
    () => {
      const now = Date.now();
      const read = socket.bytesRead;
      if (read !== seen) {
        seen = read;
        lastByte = now;
      }
      if (now - lastByte >= limits.idleMs || now - began >= limits.totalMs || read - start >= limits.maxBytes)
        stop();
    },
    Math.min(100, limits.idleMs),
  );
  timer.unref();
  socket.once('close', () => clearInterval(timer));
  // The client's FIN ends the read side; with the write side already shut, nothing is left.
  socket.once('end', stop);
}
