import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { isLingering, lingerBeforeClose } from './lingeringClose.ts';
import type { LingerLimits } from './lingeringClose.ts';

const KB = 1024;
let server: Server | undefined;
/** Resolves when the server's side of the next connection is closed, with the ms it was open. */
let serverClosed: Promise<number> = Promise.resolve(0);

afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

/** A server that refuses every request at its headers, without reading the body. */
async function refusingServer(linger: LingerLimits | undefined): Promise<number> {
  server = createServer((req, res) => {
    res.writeHead(400, { 'content-type': 'text/plain', connection: 'close' });
    if (linger) lingerBeforeClose(req, linger);
    res.end('refused');
  });
  serverClosed = new Promise((resolve) =>
    server!.once('connection', (socket) => {
      const opened = Date.now();
      socket.once('close', () => resolve(Date.now() - opened));
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

interface Upload {
  answer: string;
  /** The first write error, if any. */
  writeError?: string;
  /** Bytes of the body written without error. */
  written: number;
}

/**
 * A client that sends its whole body before it looks at the answer (as many scripts do): it
 * declares `declared` bytes, writes them in 64 kB chunks a few ms apart once the answer is in
 * (the moment an immediate close would reset the upload), and half-closes when done, unless it
 * stalls after `stallAfter` bytes.
 */
function upload(port: number, declared: number, stallAfter = declared): Promise<Upload> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    const got: Buffer[] = [];
    let written = 0;
    let writeError: string | undefined;
    socket.on('data', (d: Buffer) => got.push(d));
    socket.on('error', (err: NodeJS.ErrnoException) => (writeError ??= err.code ?? err.message));
    const done = () => resolve({ answer: Buffer.concat(got).toString(), writeError, written });
    socket.on('close', done);
    socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${declared}\r\n\r\n`);
    const chunk = Buffer.alloc(64 * KB, 0x41);
    const next = () => {
      if (socket.destroyed) return;
      if (written >= stallAfter) {
        // A stalled client never learns the server closed (it sent its FIN already); stop looking.
        if (stallAfter >= declared) socket.end();
        else void serverClosed.then(done);
        return;
      }
      socket.write(chunk.subarray(0, Math.min(chunk.length, stallAfter - written)), (err) => {
        if (err) return;
        written += Math.min(chunk.length, stallAfter - written);
        setTimeout(next, 2);
      });
    };
    socket.once('data', next);
  });
}

const limits: LingerLimits = { idleMs: 300, totalMs: 10_000, maxBytes: 64 * 1024 * KB };

describe('lingerBeforeClose', () => {
  it('lets a client finish writing a refused upload and read the answer, with no reset', async () => {
    const port = await refusingServer(limits);
    const result = await upload(port, 4096 * KB);
    expect(result.answer).toMatch(/^HTTP\/1\.1 400[\s\S]*connection: close[\s\S]*refused/i);
    expect(result.writeError).toBeUndefined();
    expect(result.written).toBe(4096 * KB);
  });

  it('is what prevents the reset: closing at once breaks the same upload', async () => {
    const port = await refusingServer(undefined);
    const result = await upload(port, 4096 * KB);
    expect(result.answer).toMatch(/^HTTP\/1\.1 400/);
    expect(result.writeError).toMatch(/EPIPE|ECONNRESET/);
    expect(result.written).toBeLessThan(4096 * KB);
  });

  it('closes a client that stops sending after the idle limit', async () => {
    const port = await refusingServer(limits);
    const result = await upload(port, 4096 * KB, 256 * KB);
    expect(result.answer).toMatch(/^HTTP\/1\.1 400/);
    expect(result.written).toBe(256 * KB);
    const openMs = await serverClosed;
    expect(openMs).toBeGreaterThanOrEqual(limits.idleMs);
    expect(openMs).toBeLessThan(limits.totalMs);
  });

  it('closes once the byte limit is read', async () => {
    const port = await refusingServer({ ...limits, maxBytes: 512 * KB });
    const result = await upload(port, 8192 * KB);
    expect(result.answer).toMatch(/^HTTP\/1\.1 400/);
    expect(result.written).toBeGreaterThanOrEqual(512 * KB);
    expect(result.written).toBeLessThan(8192 * KB);
  });

  it('leaves a request whose body was read alone', async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        lingerBeforeClose(req, limits);
        res.end(String(isLingering(req.socket)));
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const res = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: 'abc' });
    expect(await res.text()).toBe('false');
  });

  it('does nothing for a request whose socket is already gone', () => {
    const gone = { complete: false, socket: null } as unknown as IncomingMessage;
    expect(() => lingerBeforeClose(gone, limits)).not.toThrow();
  });
});
