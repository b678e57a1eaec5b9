import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAccessKey } from '../run/accessKey.ts';
import { RunError } from '../run/runError.ts';
import { addDocuments, listProjects, startBatch } from './api.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  useAccessKey.getState().setKey('');
});

function answer(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  });
  return calls;
}

describe('the store API client', () => {
  it("sends the relay's access key in X-OCR-SECRET when the user gave one, and not otherwise", async () => {
    const calls = answer(200, []);
    await listProjects();
    useAccessKey.getState().setKey('k3y');
    await listProjects();
    expect(new Headers(calls[0].init.headers).has('X-OCR-SECRET')).toBe(false);
    expect(new Headers(calls[1].init.headers).get('X-OCR-SECRET')).toBe('k3y');
  });

  it("turns an error answer into CLOVA's code and message", async () => {
    answer(401, { code: '0002', message: 'Authentication failed', path: '/api/projects', timestamp: 1 });
    const err = await listProjects().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunError);
    expect(err).toMatchObject({ status: 401, code: '0002', message: 'Authentication failed' });
  });

  it('says so when an answer is not of the expected shape', async () => {
    answer(200, { projects: 'nope' });
    await expect(listProjects()).rejects.toThrow(/not what this app expects/);
  });

  it('posts files as multipart `file` parts, and a batch as {options} (with documents only when given)', async () => {
    const calls = answer(200, [{ id: 'd', name: 'a.png', sha256: 'x', format: 'png', pages: 1 }]);
    await addDocuments('p1', [new File(['a'], 'a.png'), new File(['{}'], 'a.json')]);
    const form = calls[0].init.body as FormData;
    expect(calls[0].url).toBe('/api/projects/p1/documents');
    expect(form.getAll('file').map((f) => (f as File).name)).toEqual(['a.png', 'a.json']);

    const opts = { engine: 'tesseract', version: 'V2' as const, lang: 'en', enableTableDetection: false };
    answer(200, { id: 'b1' });
    expect(await startBatch('p1', opts)).toBe('b1');
    const batchCalls = answer(200, { id: 'b2' });
    await startBatch('p/1', opts, ['d1']);
    expect(batchCalls[0].url).toBe('/api/projects/p%2F1/batches');
    expect(JSON.parse(batchCalls[0].init.body as string)).toEqual({ options: opts, documents: ['d1'] });
  });
});
