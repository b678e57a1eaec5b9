import { connect } from 'node:net';

/** What came back for one request: status and body text. */
export interface Answer {
  status: number;
  text: string;
}

export async function answerOf(res: Response): Promise<Answer> {
  return { status: res.status, text: await res.text() };
}

/**
 * Writes `chunks` on a fresh TCP connection to `origin` and returns the first HTTP response the
 * relay sends before it closes the connection (or `waitMs` passes). For requests fetch refuses to
 * send: a Content-Length that lies, a half-closed upload.
 */
export function rawExchange(
  origin: string,
  chunks: Array<string | Buffer>,
  opts: { halfClose?: boolean; waitMs?: number } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(origin).port), '127.0.0.1');
    const got: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), opts.waitMs ?? 15_000);
    socket.on('data', (d: Buffer) => got.push(d));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(got).toString('utf8');
      const m = /^HTTP\/1\.1 (\d{3})[^\r]*\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(text);
      if (!m) return reject(new Error(`no HTTP response: ${JSON.stringify(text.slice(0, 200))}`));
      const length = /^content-length:\s*(\d+)/im.exec(m[2]);
      resolve({ status: Number(m[1]), text: length ? m[3].slice(0, Number(length[1])) : m[3] });
    });
    for (const c of chunks) socket.write(c);
    if (opts.halfClose) socket.end();
  });
}

/** Polls `entries` until it is empty or `ms` pass; returns what is left. */
export async function settledEntries(entries: () => Promise<string[]>, ms = 5000): Promise<string[]> {
  const deadline = Date.now() + ms;
  let left = await entries();
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    left = await entries();
  }
  return left;
}

/** Resolves once `condition` holds, or after `ms` (the caller then asserts what it expected). */
export async function waitFor(condition: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 15));
}
