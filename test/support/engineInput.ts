import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseVersion, parseLangList, type OcrRequest } from '../../src/clova/index.ts';
import type { EngineInput } from '../../src/server/engines/engine.ts';
import { fileBytes } from '../../src/server/bytes/spooledBytes.ts';

export interface EngineInputOptions {
  format: string;
  lang?: string;
  version?: string;
  name?: string;
  enableTableDetection?: boolean;
  signal?: AbortSignal;
}

/**
 * Writes `bytes` into `dir` and builds the EngineInput the relay would hand an engine for it,
 * for tests and scripts that call an engine without HTTP.
 */
export function engineInputFor(bytes: Buffer, dir: string, opts: EngineInputOptions): EngineInput {
  const path = join(dir, `input-${Math.random().toString(36).slice(2)}.${opts.format}`);
  writeFileSync(path, bytes);
  const version = opts.version ?? 'V2';
  const request: OcrRequest = {
    version,
    requestId: 'test-request',
    timestamp: 0,
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(opts.enableTableDetection ? { enableTableDetection: true } : {}),
    images: [{ format: opts.format, name: opts.name ?? 'test-doc' }],
  };
  return {
    request,
    version: normaliseVersion(version),
    langs: opts.lang ? (parseLangList(opts.lang) ?? undefined) : undefined,
    image: { bytes: fileBytes(path, bytes.length), size: bytes.length, format: opts.format },
    multipart: false,
    signal: opts.signal ?? new AbortController().signal,
    traceId: 'test-trace',
  };
}
