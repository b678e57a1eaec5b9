import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../../../test/support/stubClova.ts';
import { smallJpeg, smallPng } from '../../../../test/support/images.ts';
import { makePdf, makeTiff } from '../../samples/documents.ts';
import { storeApp } from '../../../../test/support/store/storeApp.ts';
import { formBody } from '../../../../test/support/formBody.ts';
import type { StoreApp } from '../../../../test/support/store/storeApp.ts';

let s: StoreApp;
let project: string;
let png: Buffer;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  s = await storeApp({ MAX_ZIP_ENTRIES: '20', MAX_UNZIPPED_BYTES: String(30 * 1024 * 1024) });
  project = (await s.app.inject({ method: 'POST', url: '/api/projects', payload: { name: 'Docs' } })).json()
    .id;
  png = await smallPng(80, 40);
});
afterAll(() => s.close());

const formRequest = async (files: { name: string; bytes: Buffer }[]) => {
  const { body, contentType } = await formBody(
    files.map((f) => ({ name: 'file', file: f.bytes, fileName: f.name })),
  );
  return { method: 'POST' as const, payload: body, headers: { 'content-type': contentType } };
};

const docsOf = async (id = project) => (await s.app.inject(`/api/projects/${id}/documents`)).json();

describe('documents API', () => {
  it('takes many files at once, counts pages, and imports name.json as a run of name.png', async () => {
    const page = await smallPng(200, 100);
    const pdf = await makePdf([page, page, page]);
    const tiff = await makeTiff([page, page]);
    const saved = fixtureBytes();
    const res = await s.upload(project, [
      { name: 'receipt.png', bytes: png },
      { name: 'receipt.json', bytes: saved },
      { name: 'scan.pdf', bytes: pdf },
      { name: 'fax.tif', bytes: tiff },
      { name: 'photo.jpg', bytes: await smallJpeg() },
    ]);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject([
      { name: 'receipt.png', format: 'png', pages: 1, sha256: sha(png) },
      { name: 'scan.pdf', format: 'pdf', pages: 3 },
      { name: 'fax.tif', format: 'tiff', pages: 2 },
      { name: 'photo.jpg', format: 'jpg', pages: 1 },
    ]);
    const [receipt] = await docsOf();
    expect(receipt.runs).toMatchObject([{ key: 'imported', options: null, status: 'done', imported: true }]);
    // The stored response is the saved file, byte for byte.
    const answer = await s.app.inject(`/api/runs/${receipt.runs[0].id}/response`);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.rawPayload.equals(saved)).toBe(true);

    const file = await s.app.inject(`/api/documents/${res.json()[1].id}/file`);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(
      'attachment; filename="scan.pdf"; filename*=UTF-8\'\'scan.pdf',
    );
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });

  it('pairs a later name.json with the stored document, and refuses one without a document', async () => {
    const res = await s.upload(project, [{ name: 'scan.json', bytes: fixtureBytes() }]);
    expect(res.statusCode).toBe(201);
    const scan = (await docsOf()).find((d: { name: string }) => d.name === 'scan.pdf');
    expect(scan.runs).toMatchObject([{ key: 'imported', imported: true }]);
    const orphan = await s.upload(project, [{ name: 'nobody.json', bytes: fixtureBytes() }]);
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().message).toContain('nobody.json has no document');
  });

  it('imports a response for the document ?document= names, whatever the names (two "scan.png")', async () => {
    const own = (
      await s.app.inject({ method: 'POST', url: '/api/projects', payload: { name: 'Twins' } })
    ).json().id;
    const [a, b] = await Promise.all([smallPng(60, 30), smallPng(61, 30)]);
    const first = (await s.upload(own, [{ name: 'scan.png', bytes: a }])).json()[0];
    const second = (await s.upload(own, [{ name: 'scan.png', bytes: b }])).json()[0];
    expect(second.id).not.toBe(first.id);
    const res = await s.app.inject({
      ...(await formRequest([{ name: 'scan.json', bytes: fixtureBytes() }])),
      url: `/api/projects/${own}/documents?document=${second.id}`,
    });
    expect(res.statusCode, res.body).toBe(201);
    const docs = await docsOf(own);
    expect(docs.find((d: { id: string }) => d.id === second.id).runs).toHaveLength(1);
    expect(docs.find((d: { id: string }) => d.id === first.id).runs).toHaveLength(0);
    // Not a document of this project, or two responses for one document: refused, nothing stored.
    for (const [id, files] of [
      ['nope', [{ name: 'scan.json', bytes: fixtureBytes() }]],
      [
        first.id,
        [
          { name: 'scan.json', bytes: fixtureBytes() },
          { name: 'other.json', bytes: fixtureBytes() },
        ],
      ],
    ] as const) {
      const bad = await s.app.inject({
        ...(await formRequest([...files])),
        url: `/api/projects/${own}/documents?document=${id}`,
      });
      expect(bad.statusCode).toBe(400);
    }
    expect((await docsOf(own)).find((d: { id: string }) => d.id === first.id).runs).toHaveLength(0);
  });

  it('refuses a bad file by name and stores nothing of that upload', async () => {
    const before = (await docsOf()).length;
    const other = await smallPng(90, 45);
    for (const [bad, why] of [
      [{ name: 'notes.txt', bytes: Buffer.from('hello') }, 'notes.txt is not a JPEG, PNG, PDF or TIFF'],
      [{ name: 'broken.json', bytes: Buffer.from('{"version":') }, 'broken.json is not valid JSON'],
      [{ name: 'other.json', bytes: Buffer.from('{"a":1}') }, 'not a CLOVA OCR response'],
      [{ name: 'fake.pdf', bytes: Buffer.from('%PDF-1.4 garbage') }, 'fake.pdf is not a readable PDF'],
    ] as const) {
      const res = await s.upload(project, [{ name: 'other.png', bytes: other }, bad]);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: '0011', message: expect.stringContaining(why) });
    }
    expect(await docsOf()).toHaveLength(before);
    expect(await s.store.getBlob(sha(other))).toBeUndefined();
    const none = await s.app.inject({
      method: 'POST',
      url: `/api/projects/${project}/documents`,
      payload: { file: 'x' },
    });
    expect(none.json()).toMatchObject({ code: '0011', message: expect.stringContaining('multipart') });
  });

  it('unpacks a zip (folders kept in names, clutter skipped) with responses beside documents', async () => {
    const a = await smallPng(100, 50);
    const b = await smallPng(110, 50);
    const zip = Buffer.from(
      zipSync({
        'batch/a.png': a,
        'batch/a.json': fixtureBytes(),
        'batch/sub/b.png': b,
        '__MACOSX/batch/._a.png': new Uint8Array([0, 5, 22, 7]),
        'batch/.DS_Store': new Uint8Array([0, 0, 0, 1]),
      }),
    );
    const res = await s.upload('inbox', [{ name: 'batch.zip', bytes: zip }]);
    expect(res.statusCode).toBe(201);
    expect(res.json().map((d: { name: string }) => d.name)).toEqual(['batch/a.png', 'batch/sub/b.png']);
    const docs = await docsOf('inbox');
    expect(docs.find((d: { name: string }) => d.name === 'batch/a.png').runs).toHaveLength(1);
  });

  it('refuses zips that climb out of their folder, bombs, and too many entries', async () => {
    const traversal = Buffer.from(zipSync({ 'ok.png': png, '../../etc/evil.png': png }));
    const abs = Buffer.from(zipSync({ '/etc/evil.png': png }));
    const bomb = Buffer.from(zipSync({ 'bomb.png': new Uint8Array(25 * 1024 * 1024) }, { level: 9 }));
    const many = Buffer.from(
      zipSync(Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`p${i}.png`, png]))),
    );
    const cases: [Buffer, string][] = [
      [traversal, "climbs out of its folder ('..')"],
      [abs, 'absolute path'],
      [bomb, 'zip bomb'],
      [many, 'more files than the upload may'],
    ];
    const before = (await docsOf('inbox')).length;
    for (const [zip, why] of cases) {
      const res = await s.upload('inbox', [{ name: 'up.zip', bytes: zip }]);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: '0011', message: expect.stringContaining(why) });
    }
    expect(await docsOf('inbox')).toHaveLength(before);
  });

  it('stores identical uploads once and deletes bytes with their last document', async () => {
    const again = await s.upload(project, [{ name: 'receipt-again.png', bytes: png }]);
    const receipt = (await docsOf()).find((d: { name: string }) => d.name === 'receipt.png');
    expect(again.json()[0].id).toBe(receipt.id);
    const elsewhere = await s.upload('inbox', [{ name: 'copy.png', bytes: png }]);
    expect((await s.app.inject({ method: 'DELETE', url: `/api/documents/${receipt.id}` })).statusCode).toBe(
      204,
    );
    expect(await s.store.getBlob(sha(png))).toBeDefined();
    expect((await s.app.inject(`/api/runs/${receipt.runs[0].id}`)).statusCode).toBe(404);
    await s.app.inject({ method: 'DELETE', url: `/api/documents/${elsewhere.json()[0].id}` });
    expect(await s.store.getBlob(sha(png))).toBeUndefined();
    expect((await s.app.inject(`/api/documents/${receipt.id}/file`)).statusCode).toBe(404);
  });
});
