import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroundTruth } from '../../../model/groundTruth/index.ts';
import { backends } from '../../../../test/support/store/backends.ts';
import { startRelayProcess } from '../../../../test/support/store/relayProcess.ts';
import type { RelayProcess } from '../../../../test/support/store/relayProcess.ts';
import { storeApp } from '../../../../test/support/store/storeApp.ts';
import type { StoreApp } from '../../../../test/support/store/storeApp.ts';
import { colourPage, PAGE_WORDS, responseOf, runBatch, TESSERACT_KO } from '../../groundTruth/gt.testutil.ts';

interface Relay {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, checked by the asserts
  call(method: 'GET' | 'POST', url: string, payload?: object): Promise<{ status: number; body: any }>;
}

const inProcess = (s: StoreApp): Relay => ({
  name: 'A',
  async call(method, url, payload) {
    const res = await s.app.inject({ method, url, payload });
    return { status: res.statusCode, body: res.json() };
  },
});

const child = (r: RelayProcess): Relay => ({
  name: 'B',
  async call(method, url, payload) {
    const res = await r.api(url, { method, ...(payload ? { body: JSON.stringify(payload) } : {}) });
    return { status: res.status, body: await res.json() };
  },
});

/**
 * Two editors on two relays sharing one database (this test's relay and a relay process, as
 * `npm start` runs it): edits made against the same revision never both win, and none is lost.
 */
for (const backend of backends()) {
  describe.skipIf(backend.skip)(`concurrent ground-truth editors on ${backend.name}`, () => {
    let s: StoreApp;
    let proc: RelayProcess | undefined;
    let cwd: string | undefined;
    let a: Relay;
    let b: Relay;
    let doc: string;
    beforeAll(async () => {
      await backend.setup();
      const where = await backend.location();
      s = await storeApp({}, { batchWorker: false }, where);
      const project = (
        await s.app.inject({ method: 'POST', url: '/api/projects', payload: { name: 'C' } })
      ).json().id;
      doc = (
        await s.upload(project, [{ name: 'c.png', bytes: await colourPage(400, 200, PAGE_WORDS) }])
      ).json()[0].id;
      await runBatch(s.store, project, TESSERACT_KO, () =>
        responseOf([{ words: PAGE_WORDS, width: 400, height: 200 }]),
      );
      const env: Record<string, string> =
        where.kind === 'postgres'
          ? { DATABASE_URL: where.url }
          : { OCR_DATA_DIR: (where as { dir: string }).dir };
      cwd = await mkdtemp(join(tmpdir(), 'gt-relay-'));
      proc = await startRelayProcess(cwd, {
        ...env,
        OCR_ENGINE: 'tesseract',
      });
      a = inProcess(s);
      b = child(proc);
    }, 60_000);
    afterAll(async () => {
      await proc?.kill('SIGTERM');
      await s?.close();
      if (cwd) await rm(cwd, { recursive: true, force: true });
      await backend.teardown();
    });

    const gtOf = async (r: Relay): Promise<GroundTruth> =>
      (await r.call('GET', `/api/documents/${doc}/groundtruth`)).body;
    const post = (r: Relay, baseRevision: number, id: string, text: string, reviewer: string) =>
      r.call('POST', `/api/documents/${doc}/groundtruth/changes`, {
        baseRevision,
        reviewer,
        changes: [{ op: 'edit', id, text }],
      });

    it('lets exactly one of two editors with the same base win; the other reloads, re-applies, and both edits stay', async () => {
      const base = (await gtOf(a)).revision;
      expect((await gtOf(b)).revision).toBe(base);
      const edits = [
        { r: a, id: 'p0.w1', text: 'world' },
        { r: b, id: 'p0.w2', text: 'from' },
      ];
      const results = await Promise.all(edits.map((e) => post(e.r, base, e.id, e.text, e.r.name)));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const lost = results.findIndex((r) => r.status === 409);
      expect(results[lost].body.message).toContain(`revision ${base + 1}`);
      // The loser reloads and applies its edit again.
      const loser = edits[lost];
      const reloaded = await gtOf(loser.r);
      expect(reloaded.revision).toBe(base + 1);
      const again = await post(loser.r, reloaded.revision, loser.id, loser.text, loser.r.name);
      expect(again.body).toEqual({ revision: base + 2 });
      for (const r of [a, b]) {
        const texts = (await gtOf(r)).images[0].fields.map((f) => f.inferText);
        expect(texts.slice(0, 3)).toEqual(['Hello', 'world', 'from']);
      }
    });

    it('loses no update when many editors on both relays race, each retrying on 409', async () => {
      const start = (await gtOf(a)).revision;
      const editors = Array.from({ length: 8 }, (_, k) => ({
        r: k % 2 === 0 ? a : b,
        id: `p0.w${k % PAGE_WORDS.length}`,
        text: `edit-${k}`,
        who: `editor-${k}`,
      }));
      await Promise.all(
        editors.map(async (e) => {
          for (let attempt = 0; attempt < 50; attempt++) {
            const { revision } = await gtOf(e.r);
            const res = await post(e.r, revision, e.id, e.text, e.who);
            if (res.status === 200) return;
            expect(res.status, JSON.stringify(res.body)).toBe(409);
          }
          throw new Error(`${e.who} never got its edit in`);
        }),
      );
      const gt = await gtOf(b);
      expect(gt.revision).toBe(start + editors.length);
      const history = (await b.call('GET', `/api/documents/${doc}/groundtruth/changes?since=${start}`)).body;
      expect(history.map((h: { revision: number }) => h.revision)).toEqual(
        editors.map((_, k) => start + k + 1),
      );
      expect(new Set(history.map((h: { reviewer: string }) => h.reviewer)).size).toBe(editors.length);
      // Every editor's text is there unless a later editor of the same word overwrote it.
      const fields = gt.images[0].fields;
      const last = new Map<string, string>();
      for (const h of history) last.set(h.entries[0].after[0].id, h.entries[0].after[0].inferText);
      expect(last.size).toBe(PAGE_WORDS.length);
      for (const [id, text] of last) expect(fields.find((f) => f.id === id)?.inferText).toBe(text);
    });
  });
}
