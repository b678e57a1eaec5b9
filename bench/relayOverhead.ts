import { randomBytes } from 'node:crypto';
import { measured, type Metric } from './metric.ts';
import { startRelayProcess } from './relay/relayProcess.ts';
import { noisePng, ocrMultipart } from './relay/uploads.ts';
import { median, percentile, round } from './stats.ts';
import { startStubClova } from '../test/support/stubClova.ts';

const WARMUP = 20;
const ROUNDS = 200;

async function post(url: string, body: Buffer, headers: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { method: 'POST', body: new Uint8Array(body), headers });
  await res.arrayBuffer();
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return ms;
}

/**
 * relay.overhead_p50_ms: a 1 MB multipart upload, as the app sends it, through the relay (its
 * clova engine pointed at a stub CLOVA on 127.0.0.1) against the same request sent to the stub
 * directly. Sequential requests, relay and direct interleaved so machine load hits both alike.
 */
export async function measureRelayOverhead(signal: AbortSignal): Promise<Metric[]> {
  const secret = randomBytes(16).toString('hex');
  const stub = await startStubClova({ secret });
  try {
    const relay = await startRelayProcess(
      { OCR_ENGINE: 'clova', CLOVA_OCR_INVOKE_URL: stub.url, CLOVA_OCR_SECRET: secret },
      signal,
    );
    try {
      const png = await noisePng(1_000_000);
      const { body, contentType } = await ocrMultipart(png);
      const viaRelay = () => post(`${relay.origin}/api/ocr/general`, body, { 'content-type': contentType });
      const direct = () => post(stub.url, body, { 'content-type': contentType, 'x-ocr-secret': secret });
      for (let i = 0; i < WARMUP; i++) {
        await viaRelay();
        await direct();
      }
      const r: number[] = [];
      const d: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        signal.throwIfAborted();
        if (i % 2 === 0) {
          r.push(await viaRelay());
          d.push(await direct());
        } else {
          d.push(await direct());
          r.push(await viaRelay());
        }
      }
      const forwarded = stub.requests.filter((q) => q.file?.size === png.length).length;
      if (forwarded < ROUNDS * 2)
        throw new Error(`the stub saw ${forwarded} whole uploads, not ${ROUNDS * 2}`);
      return [
        measured('relay.overhead_p50_ms', median(r) - median(d), {
          uploadBytes: body.length,
          requests: ROUNDS,
          relayP50Ms: round(median(r)),
          directP50Ms: round(median(d)),
          relayP95Ms: round(percentile(r, 95)),
          directP95Ms: round(percentile(d, 95)),
        }),
      ];
    } finally {
      await relay.stop();
    }
  } finally {
    await stub.close();
  }
}
