import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../model/report/wilson.ts';
import { backends } from '../../../../test/support/store/backends.ts';
import { seedReportProject } from '../../../../test/support/store/reportData.ts';
import { storeApp } from '../../../../test/support/store/storeApp.ts';
import type { StoreApp } from '../../../../test/support/store/storeApp.ts';

const KO = 'tesseract|V2|ko|false';

interface Item {
  n: number;
  documentId: string;
  page: number;
  field: number;
  text: string;
  box: { minX: number } | null;
  answer: string | null;
}

for (const backend of backends()) {
  describe.skipIf(backend.skip)(`sampling audits on ${backend.name}`, () => {
    let s: StoreApp;
    let projectId: string;
    let docIds: string[];
    beforeAll(async () => {
      await backend.setup();
      s = await storeApp({}, {}, await backend.location());
      const seeded = await seedReportProject(s.store, {
        documents: 6,
        words: 20,
        seed: 3,
        sets: [{ key: KO, errorRate: 0.1 }],
      });
      projectId = seeded.projectId;
      docIds = seeded.docs.map((d) => d.id);
    });
    afterAll(async () => {
      await s?.close();
      await backend.teardown();
    });

    const post = (url: string, payload: object) => s.app.inject({ method: 'POST', url, payload });
    const put = (url: string, payload: object) => s.app.inject({ method: 'PUT', url, payload });
    const get = (url: string) => s.app.inject({ method: 'GET', url });

    it('draws the same seeded sample twice, across the project, with each word’s page and box', async () => {
      const a = await post(`/api/projects/${projectId}/audits`, { key: KO, size: 30, seed: 42 });
      expect(a.statusCode).toBe(201);
      expect(a.json()).toMatchObject({
        key: KO,
        size: 30,
        seed: 42,
        population: 120,
        answered: 0,
        accuracy: null,
        ci95: null,
      });
      const b = await post(`/api/projects/${projectId}/audits`, { key: KO, size: 30, seed: 42 });
      const itemsA: Item[] = (await get(`/api/audits/${a.json().id}/items`)).json();
      const itemsB: Item[] = (await get(`/api/audits/${b.json().id}/items`)).json();
      expect(itemsA).toHaveLength(30);
      const where = (i: Item) => `${i.documentId}/${i.page}/${i.field}`;
      expect(itemsB.map(where)).toEqual(itemsA.map(where));
      expect(new Set(itemsA.map(where)).size).toBe(30);
      expect(new Set(itemsA.map((i) => i.documentId)).size).toBeGreaterThan(1);
      expect(itemsA[0].box).not.toBeNull();
      const other = await post(`/api/projects/${projectId}/audits`, { key: KO, size: 30, seed: 43 });
      const itemsC: Item[] = (await get(`/api/audits/${other.json().id}/items`)).json();
      expect(itemsC.map(where)).not.toEqual(itemsA.map(where));
      expect((await get(`/api/projects/${projectId}/audits`)).json()).toHaveLength(3);
    });

    it('estimates word accuracy with a Wilson interval; a correction edits boxed ground truth', async () => {
      const audit = (await post(`/api/projects/${projectId}/audits`, { key: KO, size: 10, seed: 5 })).json();
      const items: Item[] = (await get(`/api/audits/${audit.id}/items`)).json();
      for (const i of items.slice(0, 6))
        expect((await put(`/api/audits/${audit.id}/items/${i.n}`, { answer: 'right' })).statusCode).toBe(200);
      await put(`/api/audits/${audit.id}/items/${items[6].n}`, { answer: 'wrong' });
      // Odd documents have reviewed boxes (seedReportProject): a correction there edits them.
      const boxed = items.slice(7).find((i) => docIds.indexOf(i.documentId) % 2 === 1);
      const texted = items.slice(7).find((i) => docIds.indexOf(i.documentId) % 2 === 0);
      const answers = [boxed, texted].filter((i): i is Item => i !== undefined);
      for (const i of answers) {
        const r = await put(`/api/audits/${audit.id}/items/${i.n}`, {
          answer: 'corrected',
          text: '교정됨',
          reviewer: 'lee',
        });
        expect(r.statusCode).toBe(200);
        expect(r.json().groundTruth).toBe(i === boxed ? 'edited' : 'no-ground-truth');
      }
      if (boxed) {
        const row = await s.store.db
          .selectFrom('ground_truth')
          .selectAll()
          .where('document_id', '=', boxed.documentId)
          .executeTakeFirstOrThrow();
        expect(row.revision).toBe(2);
        const gt = JSON.parse(row.body!);
        expect(gt.images[0].fields[boxed.field]).toMatchObject({ inferText: '교정됨', review: 'corrected' });
        const log = await s.store.db
          .selectFrom('ground_truth_changes')
          .selectAll()
          .where('document_id', '=', boxed.documentId)
          .execute();
        expect(log).toMatchObject([{ reviewer: 'lee', revision: 2 }]);
      }
      const progress = (await get(`/api/audits/${audit.id}`)).json();
      const answered = 7 + answers.length;
      expect(progress).toMatchObject({ answered, right: 6, wrong: 1, corrected: answers.length });
      expect(progress.accuracy).toBeCloseTo(6 / answered, 12);
      expect(progress.ci95).toEqual(wilsonInterval(6, answered));
      // A later answer replaces the earlier one.
      await put(`/api/audits/${audit.id}/items/${items[6].n}`, { answer: 'right' });
      expect((await get(`/api/audits/${audit.id}`)).json()).toMatchObject({ right: 7, wrong: 0 });
      // The report carries the audits' estimates, in JSON and in the HTML export.
      const report = (await get(`/api/projects/${projectId}/report`)).json();
      expect(report.audits.find((x: { id: string }) => x.id === audit.id)).toMatchObject({ right: 7 });
      expect((await get(`/api/projects/${projectId}/report?format=html`)).body).toContain('Sampling audits');
    });

    it('answers clear errors', async () => {
      expect(
        (await post(`/api/projects/${projectId}/audits`, { key: 'clova|V2|ko|false', size: 5 })).statusCode,
      ).toBe(400);
      expect((await post(`/api/projects/${projectId}/audits`, { key: KO, size: 0 })).statusCode).toBe(400);
      expect((await get('/api/audits/AAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(404);
      const audit = (await post(`/api/projects/${projectId}/audits`, { key: KO, size: 2, seed: 1 })).json();
      expect((await put(`/api/audits/${audit.id}/items/0`, { answer: 'corrected' })).json()).toMatchObject({
        code: '0011',
      });
      expect((await put(`/api/audits/${audit.id}/items/0`, { answer: 'maybe' })).statusCode).toBe(400);
      expect((await put(`/api/audits/${audit.id}/items/99`, { answer: 'right' })).statusCode).toBe(404);
    });
  });
}
