import { describe, expect, it } from 'vitest';
import { uploadMultipart } from './uploadMultipart.ts';
import type { RunPhase, XhrLike } from './uploadMultipart.ts';
import { RunError } from './runError.ts';

class FakeXhr implements XhrLike {
  status = 0;
  responseText = '';
  upload: XhrLike['upload'] = { onprogress: null, onload: null };
  onload: XhrLike['onload'] = null;
  onerror: XhrLike['onerror'] = null;
  onabort: XhrLike['onabort'] = null;
  sent: FormData | null = null;
  url = '';
  aborted = false;
  headers: Record<string, string> = {};
  open(_m: string, url: string) {
    this.url = url;
  }
  setRequestHeader(k: string, v: string) {
    this.headers[k] = v;
  }
  send(body: FormData) {
    this.sent = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.({} as ProgressEvent);
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }
  answer(status: number, body: string) {
    this.upload.onload?.({} as ProgressEvent);
    this.status = status;
    this.responseText = body;
    this.onload?.({} as ProgressEvent);
  }
}

const message = { version: 'V2', requestId: 'r', timestamp: 1, images: [{ format: 'png', name: 'a.png' }] };

function start(signal?: AbortSignal) {
  const xhr = new FakeXhr();
  const phases: RunPhase[] = [];
  const p = uploadMultipart(
    {
      url: '/api/ocr/general',
      message,
      file: new Blob(['x']),
      fileName: 'a.png',
      headers: { 'X-OCR-Engine': 'tesseract' },
      signal,
      onPhase: (x) => phases.push(x),
    },
    () => xhr,
  );
  return { xhr, phases, p };
}

describe('uploadMultipart', () => {
  it('sends message and file parts, reports upload then recognition, and resolves the JSON', async () => {
    const { xhr, phases, p } = start();
    xhr.progress(50, 100);
    xhr.answer(200, '{"images":[]}');
    await expect(p).resolves.toEqual({ images: [] });
    expect(JSON.parse(String(xhr.sent?.get('message')))).toEqual(message);
    expect(xhr.sent?.get('file')).toBeInstanceOf(Blob);
    expect(xhr.headers).toEqual({ 'X-OCR-Engine': 'tesseract' });
    expect(phases).toEqual([
      { phase: 'uploading', percent: 0 },
      { phase: 'uploading', percent: 50 },
      { phase: 'recognising' },
    ]);
  });
  it('rejects with the error body of a failed call', async () => {
    const { xhr, p } = start();
    xhr.answer(400, '{"code":"0028","message":"Table detection disabled"}');
    const e = await p.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).code).toBe('0028');
  });
  it('aborts the request when the signal fires', async () => {
    const ctl = new AbortController();
    const { xhr, p } = start(ctl.signal);
    ctl.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(xhr.aborted).toBe(true);
  });
});
