import type { MultipartMessage } from '../../clova/index.ts';
import { runErrorFrom } from './runError.ts';

export type RunPhase = { phase: 'uploading'; percent: number } | { phase: 'recognising' };

export interface UploadArgs {
  url: string;
  message: MultipartMessage;
  file: Blob;
  fileName: string;
  /** Extra request headers (the relay's X-OCR-Engine). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  onPhase?: (p: RunPhase) => void;
}

/** The bits of XMLHttpRequest used here, so tests can supply a fake. */
export interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: FormData): void;
  abort(): void;
  status: number;
  responseText: string;
  upload: { onprogress: ((e: ProgressEvent) => void) | null; onload: ((e: ProgressEvent) => void) | null };
  onload: ((e: ProgressEvent) => void) | null;
  onerror: ((e: ProgressEvent) => void) | null;
  onabort: ((e: ProgressEvent) => void) | null;
}

/**
 * Sends the file as CLOVA multipart (`message` JSON + `file`). XMLHttpRequest rather than fetch,
 * because only XHR reports upload progress. Resolves with the parsed JSON; rejects with a RunError
 * for a non-2xx answer, or an AbortError when the signal fires.
 */
export function uploadMultipart(
  args: UploadArgs,
  makeXhr: () => XhrLike = () => new XMLHttpRequest(),
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const { signal, onPhase } = args;
    if (signal?.aborted) return reject(abortError());
    const xhr = makeXhr();
    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);

    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable)
        onPhase?.({ phase: 'uploading', percent: Math.round((e.loaded / e.total) * 100) });
    };
    xhr.upload.onload = () => onPhase?.({ phase: 'recognising' });
    xhr.onload = () => {
      done();
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText));
        } catch {
          reject(runErrorFrom(xhr.status, `The relay answered ${xhr.status} with a body that is not JSON.`));
        }
      } else reject(runErrorFrom(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => {
      done();
      reject(runErrorFrom(0, 'The relay could not be reached.'));
    };
    xhr.onabort = () => {
      done();
      reject(abortError());
    };

    const form = new FormData();
    form.append('message', JSON.stringify(args.message));
    form.append('file', args.file, args.fileName);
    onPhase?.({ phase: 'uploading', percent: 0 });
    xhr.open('POST', args.url);
    for (const [k, v] of Object.entries(args.headers ?? {})) xhr.setRequestHeader(k, v);
    xhr.send(form);
  });
}

function abortError(): DOMException {
  return new DOMException('The run was cancelled.', 'AbortError');
}
