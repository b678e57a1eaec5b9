import type { Lang, OcrRequest } from '../../clova/index.ts';
import type { SpooledBytes } from '../bytes/spooledBytes.ts';

/**
 * One interface for every OCR engine behind the relay. The HTTP layer validates the request,
 * spools the image (memory or temp file) when there is one, then hands it to an engine.
 */
export type EngineName = 'clova' | 'tesseract';

export interface EngineAvailability {
  available: boolean;
  /** Why not, in words a user can act on (missing credentials, missing language data...). */
  reason?: string;
  /** Extra facts for /api/engines (installed languages, upstream host without path or secret). */
  details?: Record<string, unknown>;
}

/** The image of the request, already size-checked and spooled (in memory when small, else on disk). */
export interface SpooledImage {
  bytes: SpooledBytes;
  size: number;
  /** Format as named by the request (lower-case), already checked against the magic bytes. */
  format: string;
  /** Original file name from the multipart part, if any. */
  fileName?: string;
  /** Content-Type of the multipart file part (or of the fetched URL), if any. */
  mimeType?: string;
}

/** The request as it arrived, for engines that pass it on (clova): forwarded unchanged. */
export interface OriginalRequest {
  /** The JSON body as received, spooled to disk (JSON requests). */
  jsonFile?: { path: string; size: number };
  /** The multipart `message` part text (multipart requests). */
  message?: string;
}

export interface EngineInput {
  /** The validated request (the JSON body, or the multipart `message`). */
  request: OcrRequest;
  version: 'V1' | 'V2';
  /** Parsed `lang`, undefined when absent. */
  langs?: Lang[];
  /** The image bytes. Absent only when the request carries a `url` and the engine fetches it itself. */
  image?: SpooledImage;
  /** Was the original request multipart (so a passthrough engine can keep the same shape)? */
  multipart: boolean;
  /** The bytes as received, when the relay kept them (JSON body or multipart message). */
  original?: OriginalRequest;
  /** Aborted when the client goes away or the relay times out. */
  signal: AbortSignal;
  traceId: string;
}

/** What the engine answers. `body` is sent as is, with `status` (CLOVA errors included). */
export interface EngineOutput {
  status: number;
  /** A JSON value, or raw bytes already serialised (passthrough keeps CLOVA's bytes unchanged). */
  body: unknown;
  raw?: Buffer;
  /** Response headers to send along (e.g. the upstream's Content-Type). */
  headers?: Record<string, string>;
}

export interface Engine {
  readonly name: EngineName;
  availability(): Promise<EngineAvailability>;
  run(input: EngineInput): Promise<EngineOutput>;
}
