import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallPng } from '../../../../test/support/images.ts';
import { fixtureBytes } from '../../../../test/support/stubClova.ts';
import { formBody } from '../../../../test/support/formBody.ts';
import { makePdf } from '../../samples/documents.ts';
import { storeApp } from '../../../../test/support/store/storeApp.ts';
import type { StoreApp } from '../../../../test/support/store/storeApp.ts';

let a: StoreApp;
let b: StoreApp;
beforeAll(async () => {
  a = await storeApp();
  b = await storeApp();
});
afterAll(async () => {
  await a.close();
  await b.close();
});

async function importZip(s: StoreApp, zip: Buffer) {
  const { body, contentType } = await formBody([{ name: 'file', file: zip, fileName: 'p.zip' }]);
  return s.app.inject({
    method: 'POST',
    url: '/api/projects/import',
    payload: body,
    headers: { 'content-type': contentType },
  });
}

describe('project export and import', () => {
  it('exports documents, runs as CLOVA JSON and a manifest, which another instance imports unchanged', async () => {
    const project = (
      await a.app.inject({ method: 'POST', url: '/api/projects', payload: { name: 'Export me' } })
    ).json().id;
    const png = await smallPng(70, 30);
    const pdf = await makePdf([await smallPng(200, 100)]);
    await a.upload(project, [
      { name: 'r.png', bytes: png },
      { name: 'r.json', bytes: fixtureBytes() },
      { name: 'dir/s.pdf', bytes: pdf },
    ]);
    const batch = (
      await a.app.inject({
        method: 'POST',
        url: `/api/projects/${project}/batches`,
        payload: { options: { engine: 'tesseract' } },
      })
    ).json().id;
    for (let i = 0; i < 200 && (await a.app.inject(`/api/batches/${batch}`)).json().state !== 'done'; i++)
      await new Promise((r) => setTimeout(r, 25));

    const exported = await a.app.inject(`/api/projects/${project}/export`);
    expect(exported.headers['content-type']).toBe('application/zip');
    expect(exported.headers['content-disposition']).toBe("attachment; filename*=UTF-8''Export%20me.zip");
    const files = unzipSync(new Uint8Array(exported.rawPayload));
    const manifest = JSON.parse(strFromU8(files['manifest.json']));
    expect(manifest).toMatchObject({
      format: 'ocr-inspector-project',
      version: 1,
      project: { name: 'Export me' },
    });
    expect(manifest.documents).toHaveLength(2);
    expect(Buffer.from(files[manifest.documents[0].file]).equals(png)).toBe(true);
    const imported = manifest.documents[0].runs.find((r: { key: string }) => r.key === 'imported');
    expect(Buffer.from(files[imported.file]).equals(fixtureBytes())).toBe(true);
    expect(manifest.documents[1].runs).toMatchObject([{ key: 'tesseract|V2||false', status: 'done' }]);

    const res = await importZip(b, exported.rawPayload);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Export me', documents: 2 });
    const again = await b.app.inject(`/api/projects/${res.json().id}/export`);
    const files2 = unzipSync(new Uint8Array(again.rawPayload));
    const manifest2 = JSON.parse(strFromU8(files2['manifest.json']));
    expect({ ...manifest2, exported: 0 }).toEqual({ ...manifest, exported: 0 });
    for (const name of Object.keys(files))
      if (name !== 'manifest.json') expect(files2[name]).toEqual(files[name]);
  });

  it('carries each document’s ground truth and its change log to the new project', async () => {
    const project = (
      await a.app.inject({ method: 'POST', url: '/api/projects', payload: { name: 'Proofread' } })
    ).json().id;
    const uploaded = await a.upload(project, [
      { name: 'gt.png', bytes: await smallPng(72, 31) },
      { name: 'gt.json', bytes: fixtureBytes() },
    ]);
    const doc = uploaded.json()[0].id as string;
    const before = (await a.app.inject(`/api/documents/${doc}/groundtruth`)).json();
    const [first, second] = before.images[0].fields;
    const posted = await a.app.inject({
      method: 'POST',
      url: `/api/documents/${doc}/groundtruth/changes`,
      payload: {
        baseRevision: 0,
        reviewer: 'Kim',
        changes: [
          { op: 'edit', id: first.id, text: 'Corrected' },
          { op: 'accept', id: second.id },
        ],
      },
    });
    expect(posted.json()).toEqual({ revision: 1 });
    const put = await a.app.inject({
      method: 'PUT',
      url: `/api/documents/${doc}/groundtruth/text`,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      payload: 'Corrected text\f두 번째 쪽',
    });
    expect(put.json()).toEqual({ revision: 2 });
    const gtOf = async (s: StoreApp, id: string) => ({
      body: (await s.app.inject(`/api/documents/${id}/groundtruth`)).json(),
      text: (await s.app.inject(`/api/documents/${id}/groundtruth/text`)).body,
      history: (await s.app.inject(`/api/documents/${id}/groundtruth/changes`)).json(),
    });
    const original = await gtOf(a, doc);

    const exported = await a.app.inject(`/api/projects/${project}/export`);
    const files = unzipSync(new Uint8Array(exported.rawPayload));
    const manifest = JSON.parse(strFromU8(files['manifest.json']));
    expect(manifest.documents[0].groundTruth).toMatchObject({
      revision: 2,
      run: 0,
      body: 'groundtruth/1/body.json',
      text: 'groundtruth/1/text.txt',
      changes: 'groundtruth/1/changes.json',
    });
    const res = await importZip(b, exported.rawPayload);
    expect(res.statusCode, res.body).toBe(201);
    const docs = (await b.app.inject(`/api/projects/${res.json().id}/documents`)).json();
    const copy = await gtOf(b, docs[0].id);
    expect(copy.body.revision).toBe(2);
    expect(copy.body.images[0].fields.slice(0, 2)).toMatchObject([
      { inferText: 'Corrected', review: 'corrected' },
      { inferText: second.inferText, review: 'accepted' },
    ]);
    expect(copy.body).toEqual(original.body);
    expect(copy.text).toBe(original.text);
    expect(copy.history).toEqual(original.history);
    expect(copy.history[0]).toMatchObject({ reviewer: 'Kim', revision: 1 });
    // And it goes on from there: the next batch is revision 3, on either copy.
    const next = await b.app.inject({
      method: 'POST',
      url: `/api/documents/${docs[0].id}/groundtruth/changes`,
      payload: { baseRevision: 2, changes: [{ op: 'accept', id: first.id }] },
    });
    expect(next.json()).toEqual({ revision: 3 });

    // A body that is not ground truth (two words with one id) is refused, and nothing is made.
    const bad = { ...JSON.parse(strFromU8(files['groundtruth/1/body.json'])) };
    bad.images[0].fields[1].id = bad.images[0].fields[0].id;
    const tampered = Buffer.from(
      zipSync({ ...files, 'groundtruth/1/body.json': Buffer.from(JSON.stringify(bad)) }),
    );
    const refused = await importZip(b, tampered);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('groundtruth/1/body.json is not ground truth');
    const projects = (await b.app.inject('/api/projects')).json();
    expect(projects.filter((p: { name: string }) => p.name === 'Proofread')).toHaveLength(1);
  });

  it('refuses archives that are not exports, or whose files do not match their manifest', async () => {
    const png = await smallPng(71, 30);
    const noManifest = Buffer.from(zipSync({ 'a.png': png }));
    expect((await importZip(b, noManifest)).json().message).toContain('no manifest.json');
    const manifest = {
      format: 'ocr-inspector-project',
      version: 1,
      exported: 'x',
      project: { name: 'Bad' },
      documents: [
        {
          name: 'a.png',
          sha256: '0'.repeat(64),
          format: 'png',
          pages: 1,
          created: 'x',
          file: 'documents/1/a.png',
          runs: [],
        },
      ],
    };
    const tampered = Buffer.from(
      zipSync({ 'manifest.json': Buffer.from(JSON.stringify(manifest)), 'documents/1/a.png': png }),
    );
    const res = await importZip(b, tampered);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('does not match its SHA-256');
    const projects = (await b.app.inject('/api/projects')).json();
    expect(projects.some((p: { name: string }) => p.name === 'Bad')).toBe(false);
  });
});
