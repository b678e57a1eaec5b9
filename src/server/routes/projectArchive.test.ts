import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallPng } from '../testing/images.ts';
import { fixtureBytes } from '../testing/stubClova.ts';
import { formBody } from '../testing/formBody.ts';
import { makePdf } from '../samples/documents.ts';
import { storeApp } from './testing/storeApp.ts';
import type { StoreApp } from './testing/storeApp.ts';

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
