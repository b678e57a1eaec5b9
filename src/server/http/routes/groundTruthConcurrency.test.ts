import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroundTruth } from '../../../model/groundTruth/index.ts';
import { backends } from '../../../../test/support/store/backends.ts';
import { storeApp } from '../../../../test/support/store/storeApp.ts';
import type { StoreApp } from '../../../../test/support/store/storeApp.ts';
import { colourPage, PAGE_WORDS, responseOf, runBatch, TESSERACT_KO } from '../../groundTruth/gt.testutil.ts';

/**
 * Two editors on two relays sharing one database (the deployment issue 15 and the projects issue
 * describe): edits made against the same revision never both win, and none is lost.
 */
for (const backend of backends()) {
  describe.skipIf(backend.skip)(`concurrent ground-truth editors on ${backend.name}`, () => {
    let a: StoreApp;
    let b: StoreApp;
    let doc: string;
    beforeAll(async () => {
      await backend.setup();
      const where = await backend.location();
      a = await storeApp({}, { batchWorker: false }, where);
      b = await storeApp({}, { batchWorker: false }, where);
      const project = (
        await a.app.inject({ method: 'POST', url: '/api/projects', payload: { name: 'C' } })
      ).json().id;
      doc = (
        await a.upload(project, [{ name: 'c.png', bytes: await colourPage(400, 200, PAGE_WORDS) }])
      ).json()[0].id;
      await runBatch(a.store, project, TESSERACT_KO, () =>
        responseOf([{ words: PAGE_WORDS, width: 400, height: 200 }]),
      );
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await backend.teardown();
    });

    const gtOf = async (s: StoreApp): Promise<GroundTruth> =>
      (await s.app.inject(`/api/documents/${doc}/groundtruth`)).json();
    const post = (s: StoreApp, baseRevision: number, id: string, text: string, reviewer: string) =>
      s.app.inject({
        method: 'POST',
        url: `/api/documents/${doc}/groundtruth/changes`,
        payload: { baseRevision, reviewer, changes: [{ op: 'edit', id, text }] },
      });

    it('lets exactly one of two editors with the same base win; the other reloads, re-applies, and both edits stay', async () => {
      const base = (await gtOf(a)).revision;
      const [ra, rb] = await Promise.all([
        post(a, base, 'p0.w1', 'world', 'A'),
        post(b, base, 'p0.w2', 'from', 'B'),
      ]);
      const codes = [ra.statusCode, rb.statusCode].sort();
      expect(codes).toEqual([200, 409]);
      const loser =
        ra.statusCode === 409
          ? { s: a, id: 'p0.w1', text: 'world', who: 'A' }
          : { s: b, id: 'p0.w2', text: 'from', who: 'B' };
      expect((ra.statusCode === 409 ? ra : rb).json().message).toContain(`revision ${base + 1}`);
      // The loser reloads and applies its edit again.
      const reloaded = await gtOf(loser.s);
      expect(reloaded.revision).toBe(base + 1);
      const again = await post(loser.s, reloaded.revision, loser.id, loser.text, loser.who);
      expect(again.json()).toEqual({ revision: base + 2 });
      const texts = (await gtOf(a)).images[0].fields.map((f) => f.inferText);
      expect(texts.slice(0, 3)).toEqual(['Hello', 'world', 'from']);
    });

    it('loses no update when many editors on both relays race, each retrying on 409', async () => {
      const start = (await gtOf(a)).revision;
      const editors = Array.from({ length: 8 }, (_, k) => ({
        s: k % 2 === 0 ? a : b,
        id: `p0.w${k % PAGE_WORDS.length}`,
        text: `edit-${k}`,
        who: `editor-${k}`,
      }));
      await Promise.all(
        editors.map(async (e) => {
          for (let attempt = 0; attempt < 50; attempt++) {
            const { revision } = await gtOf(e.s);
            const res = await post(e.s, revision, e.id, e.text, e.who);
            if (res.statusCode === 200) return;
            expect(res.statusCode, res.body).toBe(409);
          }
          throw new Error(`${e.who} never got its edit in`);
        }),
      );
      const gt = await gtOf(b);
      expect(gt.revision).toBe(start + editors.length);
      const history = (await b.app.inject(`/api/documents/${doc}/groundtruth/changes?since=${start}`)).json();
      expect(history.map((h: { revision: number }) => h.revision)).toEqual(
        editors.map((_, k) => start + k + 1),
      );
      expect(new Set(history.map((h: { reviewer: string }) => h.reviewer)).size).toBe(editors.length);
      // Every editor's text is there unless a later editor of the same word overwrote it.
      const fields = gt.images[0].fields;
      const last = new Map<string, string>();
      for (const h of history) last.set(h.entries[0].after[0].id, h.entries[0].after[0].inferText);
      for (const [id, text] of last) expect(fields.find((f) => f.id === id)?.inferText).toBe(text);
    });
  });
}
