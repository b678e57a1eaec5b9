import { randomBytes } from 'node:crypto';
import { measured, type Metric } from './metric.ts';
import { readRss, resetPeak, sampleRss } from './relay/procStatus.ts';
import { startRelayProcess } from './relay/relayProcess.ts';
import { noisePng, ocrMultipart } from './relay/uploads.ts';
import { round } from './stats.ts';
import { startStubClova } from '../test/support/stubClova.ts';
import { MAX_IMAGE_BYTES } from '../src/clova/index.ts';

const MB = 1024 * 1024;

/**
 * relay.peak_rss_mb: the relay process's resident memory while it relays a 50 MB upload to a stub
 * CLOVA, minus its idle resident memory just before. Peak from the kernel's high-water mark
 * (VmHWM, reset before the upload), cross-checked by sampling VmRSS every 10 ms.
 */
export async function measureRelayPeakRss(signal: AbortSignal): Promise<Metric[]> {
  const secret = randomBytes(16).toString('hex');
  const stub = await startStubClova({ secret });
  try {
    const relay = await startRelayProcess(
      { OCR_ENGINE: 'clova', CLOVA_OCR_INVOKE_URL: stub.url, CLOVA_OCR_SECRET: secret },
      signal,
    );
    try {
      const url = `${relay.origin}/api/ocr/general`;
      const send = async (png: Buffer) => {
        const { body, contentType } = await ocrMultipart(png);
        const res = await fetch(url, {
          method: 'POST',
          body: new Uint8Array(body),
          headers: { 'content-type': contentType },
          signal,
        });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`the relay answered ${res.status}`);
      };
      // Warm: the first request loads the multipart and clova code paths.
      const small = await noisePng(100_000);
      for (let i = 0; i < 3; i++) await send(small);
      const big = await noisePng(MAX_IMAGE_BYTES - MB);
      await new Promise((r) => setTimeout(r, 500));
      const idle = readRss(relay.pid);
      const hwmReset = resetPeak(relay.pid);
      const sampler = sampleRss(relay.pid, 10);
      await send(big);
      const sampled = sampler.stop();
      const after = readRss(relay.pid);
      const lastSize = stub.requests.at(-1)?.file?.size;
      if (lastSize !== big.length) throw new Error(`the stub received ${lastSize} bytes, not ${big.length}`);
      const peakKb = hwmReset ? Math.max(after.peakKb, sampled.peakKb) : sampled.peakKb;
      return [
        measured('relay.peak_rss_mb', (peakKb - idle.rssKb) / 1024, {
          uploadMB: round(big.length / MB),
          idleMB: round(idle.rssKb / 1024),
          peakMB: round(peakKb / 1024),
          peakFrom: hwmReset ? 'VmHWM (reset before the upload) and 10 ms samples' : '10 ms samples',
          sampledPeakMB: round(sampled.peakKb / 1024),
          samples: sampled.samples,
        }),
      ];
    } finally {
      await relay.stop();
    }
  } finally {
    await stub.close();
  }
}
