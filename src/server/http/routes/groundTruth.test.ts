import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroundTruthSchema } from '../../../model/groundTruth/index.ts';
import type { GroundTruth } from '../../../model/groundTruth/index.ts';
import { backends } from '../../../../test/support/store/backends.ts';
import { storeApp } from '../../../../test/support/store/storeApp.ts';
import type { StoreApp } from '../../../../test/support/store/storeApp.ts';
import {
  CLOVA_V1,
  colourPage,
  PAGE_WORDS,
  responseOf,
  runBatch,
  sleep,
  TESSERACT_KO,
} from '../../groundTruth/gt.testutil.ts';

const PAGE = { words: PAGE_WORDS, width: 400, height: 200 };
const NO_DOC = 'AAAAAAAAAAAAAAAAAAAAAA';

for (const backend of backends()) {
  describe.skipIf(backend.skip)(`ground truth API on ${backend.name}`, () => {
    let s: StoreApp;
    let project: string;
    beforeAll(async () => {
      await backend.setup();
      s = await storeApp({}, { batchWorker: false }, await backend.location());
      project = (await s.app.inject({ method: 'POST', url: '/api/projects', payload: { name: 'GT' } })).json()
        .id;
    });
    afterAll(async () => {
      await s?.close();
      await backend.teardown();
    });

    let made = 0;
    /** A new document (distinct bytes) with one done run answering PAGE. */
    async function reviewedDoc(name: string, run = true): Promise<string> {
      const bytes = await colourPage(400 + ++made, 200, PAGE_WORDS);
      const res = await s.upload(project, [{ name, bytes }]);
      const id = res.json()[0].id as string;
      if (run) await runBatch(s.store, project, TESSERACT_KO, () => responseOf([PAGE]));
      return id;
    }
    const get = async (id: string): Promise<GroundTruth> => {
      const res = await s.app.inject(`/api/documents/${id}/groundtruth`);
      expect(res.statusCode, res.body).toBe(200);
      return GroundTruthSchema.parse(res.json());
    };
    const post = (id: string, payload: object, app = s) =>
      app.app.inject({ method: 'POST', url: `/api/documents/${id}/groundtruth/changes`, payload });
    const texts = (gt: GroundTruth) => gt.images[0].fields.map((f) => f.inferText);

    it('answers 404 for unknown documents and 409 for a document with no done run', async () => {
      for (const url of [`/api/documents/${NO_DOC}/groundtruth`, '/api/documents/nope/groundtruth']) {
        const res = await s.app.inject(url);
        expect(res.statusCode).toBe(404);
        expect(res.json()).toMatchObject({ code: '0011', message: expect.stringContaining('No document') });
      }
      const bare = await reviewedDoc('bare.png', false);
      const res = await s.app.inject(`/api/documents/${bare}/groundtruth`);
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toContain('no done run');
      const change = await post(bare, { baseRevision: 0, changes: [{ op: 'accept', id: 'p0.w0' }] });
      expect(change.statusCode).toBe(409);
    });

    it('starts from the latest run, applies changes with who/when/before/after, and keeps them', async () => {
      const id = await reviewedDoc('a.png');
      const gt0 = await get(id);
      expect(gt0.revision).toBe(0);
      expect(gt0.version).toBe('V2');
      expect(texts(gt0)).toEqual(PAGE_WORDS.map((w) => w.text));
      expect(gt0.images[0].fields.every((f) => f.review === 'unreviewed')).toBe(true);

      const res = await post(id, {
        baseRevision: 0,
        reviewer: 'Kim',
        changes: [
          { op: 'edit', id: 'p0.w1', text: 'world' },
          { op: 'accept', id: 'p0.w0' },
          { op: 'delete', id: 'p0.w6' },
          { op: 'illegible', id: 'p0.w4' },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ revision: 1 });
      const anon = await post(id, {
        baseRevision: 1,
        reviewer: '  ',
        changes: [{ op: 'edit', id: 'p0.w2', text: 'from' }],
      });
      expect(anon.json()).toEqual({ revision: 2 });

      const gt2 = await get(id);
      expect(gt2.revision).toBe(2);
      expect(texts(gt2)).toEqual(['Hello', 'world', 'from', '서울', 'Tokyo', '12,000']);
      expect(gt2.images[0].fields.map((f) => f.review)).toEqual([
        'accepted',
        'corrected',
        'corrected',
        'unreviewed',
        'illegible',
        'unreviewed',
      ]);
      const history = (await s.app.inject(`/api/documents/${id}/groundtruth/changes`)).json();
      expect(history.map((h: { reviewer: string }) => h.reviewer)).toEqual(['Kim', 'anonymous']);
      expect(history[0].entries[0]).toMatchObject({
        who: 'Kim',
        op: 'edit',
        revision: 1,
        before: [{ id: 'p0.w1', inferText: 'wrld', review: 'unreviewed' }],
        after: [{ id: 'p0.w1', inferText: 'world', review: 'corrected' }],
      });
      expect(Date.parse(history[0].at)).toBeGreaterThan(Date.now() - 60_000);
      const since = (await s.app.inject(`/api/documents/${id}/groundtruth/changes?since=1`)).json();
      expect(since.map((h: { revision: number }) => h.revision)).toEqual([2]);
    });

    it('refuses a stale revision with 409 naming the current one, and invalid changes with 400', async () => {
      const id = await reviewedDoc('b.png');
      await post(id, { baseRevision: 0, changes: [{ op: 'accept', id: 'p0.w0' }] });
      const stale = await post(id, { baseRevision: 0, changes: [{ op: 'edit', id: 'p0.w1', text: 'x' }] });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().message).toMatch(/revision 1, but these changes were made against revision 0/);

      const bad = await post(id, {
        baseRevision: 1,
        changes: [
          { op: 'accept', id: 'p0.w1' },
          { op: 'edit', id: 'p9.w9', text: 'x' },
        ],
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({
        code: '0011',
        message: expect.stringMatching(/change 1: .*p9\.w9/),
      });
      // All or nothing: the valid first change was not applied either.
      expect((await get(id)).images[0].fields[1].review).toBe('unreviewed');

      for (const payload of [
        {},
        { baseRevision: -1, changes: [{ op: 'accept', id: 'p0.w0' }] },
        { baseRevision: 1, changes: [] },
        { baseRevision: 1, changes: [{ op: 'teleport', id: 'p0.w0' }] },
      ]) {
        const res = await post(id, payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.json().code).toBe('0011');
      }
      const notJson = await s.app.inject({
        method: 'POST',
        url: `/api/documents/${id}/groundtruth/changes`,
        headers: { 'content-type': 'application/json' },
        payload: '{"baseRevision":',
      });
      expect(notJson.statusCode).toBe(400);
      expect((await get(id)).revision).toBe(1);
    });

    it('stores text-only truth by PUT, bumping the revision, with a stale base refused', async () => {
      const id = await reviewedDoc('c.png');
      const put = (payload: string, query = '', type = 'text/plain; charset=utf-8') =>
        s.app.inject({
          method: 'PUT',
          url: `/api/documents/${id}/groundtruth/text${query}`,
          headers: { 'content-type': type },
          payload,
        });
      const res = await put('Hello  world\nfrom\f서울 Tokyo\n');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ revision: 1 });
      const text = await s.app.inject(`/api/documents/${id}/groundtruth/text`);
      expect(text.headers['content-type']).toContain('text/plain');
      expect(text.body).toBe('Hello world from\f서울 Tokyo');
      expect((await get(id)).revision).toBe(1);
      expect((await put('again', '?baseRevision=0')).statusCode).toBe(409);
      expect((await put('again', '?baseRevision=1')).json()).toEqual({ revision: 2 });
      expect((await put('   ')).statusCode).toBe(400);
      expect((await put('x', '?baseRevision=soon')).statusCode).toBe(400);
      expect((await put('{"text":"x"}', '', 'application/json')).statusCode).toBe(400);
      // Box edits made against the old revision are refused, not lost.
      expect((await post(id, { baseRevision: 0, changes: [{ op: 'accept', id: 'p0.w0' }] })).statusCode).toBe(
        409,
      );
      // A document without a run can still have its text.
      const bare = await reviewedDoc('c-bare.png', false);
      const putBare = await s.app.inject({
        method: 'PUT',
        url: `/api/documents/${bare}/groundtruth/text`,
        headers: { 'content-type': 'text/plain' },
        payload: 'only text',
      });
      expect(putBare.json()).toEqual({ revision: 1 });
      expect((await s.app.inject(`/api/documents/${bare}/groundtruth/text`)).body).toBe('only text');
    });

    it('keeps the corrections through a re-run with other options, and refuses edits made on the old run', async () => {
      const id = await reviewedDoc('d.png');
      const untouched = await reviewedDoc('d-untouched.png');
      await get(untouched);
      await post(id, {
        baseRevision: 0,
        reviewer: 'Lee',
        changes: [
          { op: 'edit', id: 'p0.w1', text: 'world' },
          { op: 'edit', id: 'p0.w2', text: 'from' },
          { op: 'accept', id: 'p0.w3' },
          {
            op: 'add',
            page: 0,
            text: '추가',
            boundingPoly: {
              vertices: [
                { x: 300, y: 150 },
                { x: 350, y: 150 },
                { x: 350, y: 170 },
                { x: 300, y: 170 },
              ],
            },
          },
        ],
      });
      await sleep(5);
      // The new run reads differently and its boxes moved a little.
      const rerun = PAGE_WORDS.map((w, i) => ({ ...w, x: w.x + 2, y: w.y + 1, text: `${w.text}?${i}` }));
      await runBatch(s.store, project, CLOVA_V1, () => responseOf([{ ...PAGE, words: rerun }]));
      const gt = await get(id);
      expect(gt.revision).toBe(2);
      const byText = new Map(gt.images[0].fields.map((f) => [f.inferText, f]));
      expect(byText.get('world')).toMatchObject({ review: 'corrected', id: 'p0.w1' });
      expect(byText.get('from')).toMatchObject({ review: 'corrected' });
      expect(byText.get('서울')).toMatchObject({ review: 'accepted' });
      expect(byText.get('추가')).toMatchObject({ review: 'added' });
      // Unreviewed words follow the new run, on its boxes.
      expect(byText.get('Hello?0')).toMatchObject({ review: 'unreviewed' });
      expect(byText.get('Hello?0')?.boundingPoly.vertices[0]).toEqual({ x: 22, y: 21 });
      const stale = await post(id, { baseRevision: 1, changes: [{ op: 'accept', id: 'p0.w0' }] });
      expect(stale.statusCode).toBe(409);
      // Each run in the document list carries its canonical key (engine|version|lang|tables).
      const listed = (await s.app.inject(`/api/projects/${project}/documents`)).json();
      const keys = listed.find((d: { id: string }) => d.id === id).runs.map((r: { key: string }) => r.key);
      expect(keys.sort()).toEqual(['clova|V1||false', 'tesseract|V2|ko|false']);
      // A document nobody reviewed simply follows its latest run.
      const follow = await get(untouched);
      expect(texts(follow)).toEqual(rerun.map((w) => w.text));
      expect(follow.images[0].fields.every((f) => f.review === 'unreviewed')).toBe(true);
    });
  });
}

describe('ground truth API access', () => {
  it('needs the access key on every ground-truth route when one is set, and never echoes it', async () => {
    const keyed = await storeApp({ RELAY_ACCESS_KEY: 'door-key' }, { batchWorker: false });
    try {
      const urls: [string, string][] = [
        ['GET', `/api/documents/${NO_DOC}/groundtruth`],
        ['POST', `/api/documents/${NO_DOC}/groundtruth/changes`],
        ['GET', `/api/documents/${NO_DOC}/groundtruth/changes`],
        ['PUT', `/api/documents/${NO_DOC}/groundtruth/text`],
        ['GET', `/api/documents/${NO_DOC}/groundtruth/text`],
        ['GET', `/api/documents/${NO_DOC}/export?format=alto`],
        ['GET', '/api/projects/inbox/export?format=alto'],
      ];
      for (const [method, url] of urls) {
        const res = await keyed.app.inject({ method: method as 'GET', url });
        expect(res.statusCode, url).toBe(401);
        expect(res.json().code).toBe('0002');
        expect(res.body).not.toContain('door-key');
      }
      const ok = await keyed.app.inject({
        url: `/api/documents/${NO_DOC}/groundtruth`,
        headers: { 'x-ocr-secret': 'door-key' },
      });
      expect(ok.statusCode).toBe(404);
    } finally {
      await keyed.close();
    }
  });
});
