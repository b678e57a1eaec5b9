import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../../../test/support/store/backends.ts';
import { seedReportProject } from '../../../../test/support/store/reportData.ts';
import type { SyntheticDocument } from '../../../../test/support/store/reportData.ts';
import { storeApp } from '../../../../test/support/store/storeApp.ts';
import type { StoreApp } from '../../../../test/support/store/storeApp.ts';

const KO = 'tesseract|V2|ko|false';
const JA = 'tesseract|V2|ja|false';

/** Textbook Levenshtein over code points: the test's own, independent of review/metrics.ts. */
function distance(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    prev = cur;
  }
  return prev[b.length];
}

/** CER of a set computed from the stored JSONs: words joined by spaces, both sides normalised. */
function independentCer(docs: SyntheticDocument[], key: string): number {
  const norm = (s: string) => [...s.normalize('NFKC').replace(/\s+/gu, ' ').trim()];
  let errors = 0;
  let length = 0;
  for (const d of docs) {
    const response = JSON.parse(d.responses[key]) as { images: { fields: { inferText: string }[] }[] };
    const text = response.images[0].fields.map((f) => f.inferText).join(' ');
    const truth = norm(d.words.join(' '));
    errors += distance(truth, norm(text));
    length += truth.length;
  }
  return errors / length;
}

for (const backend of backends()) {
  describe.skipIf(backend.skip)(`quality report on ${backend.name}`, () => {
    let s: StoreApp;
    let projectId: string;
    let docs: SyntheticDocument[];
    beforeAll(async () => {
      await backend.setup();
      s = await storeApp({}, {}, await backend.location());
      ({ projectId, docs } = await seedReportProject(s.store, {
        documents: 12,
        words: 60,
        seed: 7,
        sets: [
          { key: KO, errorRate: 0.03 },
          { key: JA, errorRate: 0.2 },
        ],
      }));
    });
    afterAll(async () => {
      await s?.close();
      await backend.teardown();
    });

    const get = (url: string) => s.app.inject({ method: 'GET', url });

    it('ranks the two option sets right, with the CER computed independently from the JSONs', async () => {
      const res = await get(
        `/api/projects/${projectId}/report?set=${encodeURIComponent(JA)}&set=${encodeURIComponent(KO)}`,
      );
      expect(res.statusCode).toBe(200);
      const body = res.json();
      // In the order asked.
      expect(body.sets.map((x: { key: string }) => x.key)).toEqual([JA, KO]);
      const [ja, ko] = body.sets;
      expect(ko.cer).toBeCloseTo(independentCer(docs, KO), 12);
      expect(ja.cer).toBeCloseTo(independentCer(docs, JA), 12);
      expect(ko.cer).toBeLessThan(ja.cer);
      expect(ko.options).toEqual({
        engine: 'tesseract',
        version: 'V2',
        lang: 'ko',
        enableTableDetection: false,
      });
      expect(ko.cerCi95[0]).toBeLessThanOrEqual(ko.cer);
      expect(ko.cerCi95[1]).toBeGreaterThanOrEqual(ko.cer);
      expect(ko.documents).toHaveLength(12);
      expect(ko.documents[0]).toMatchObject({
        id: expect.any(String),
        cer: expect.any(Number),
        wer: expect.any(Number),
      });
      expect(ko.calibration.bins).toHaveLength(10);
      expect(ko.calibration.auroc).toBeGreaterThan(0.9);
      expect(ko.sweep[0]).toEqual({ threshold: 0, reviewShare: 0, errorCatch: 0 });
      expect(ja.confusions.length).toBeGreaterThan(0);
      const [diff] = body.diffs;
      expect(diff).toMatchObject({ a: JA, b: KO, documents: 12, better: KO });
      expect(diff.cerDiff).toBeCloseTo(ko.cer - ja.cer, 12);
    });

    it('gives every key the project has when none is asked, and the key of each listed run', async () => {
      const body = (await get(`/api/projects/${projectId}/report`)).json();
      expect(body.sets.map((x: { key: string }) => x.key)).toEqual([JA, KO].sort());
      const list = (await get(`/api/projects/${projectId}/documents`)).json();
      expect(list[0].runs.map((r: { key: string }) => r.key).sort()).toEqual([JA, KO].sort());
    });

    it('exports CSV (document × option set) and one self-contained HTML file', async () => {
      const csv = await get(`/api/projects/${projectId}/report?set=${encodeURIComponent(KO)}&format=csv`);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-disposition']).toMatch(/attachment/);
      const lines = csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(
        `document_id,document,language,${KO} CER,${KO} WER,${KO} char errors,${KO} chars,${KO} word errors,${KO} words`,
      );
      expect(lines).toHaveLength(14);
      const html = await get(`/api/projects/${projectId}/report?format=html`);
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toMatch(/^text\/html/);
      expect(html.body).toContain('Observable Plot');
      // Nothing is fetched: no external script, stylesheet or image.
      const markup = html.body.replace(/<script[\s\S]*?<\/script>/g, '');
      expect(markup).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
      expect(html.body.match(/<script/g)?.length).toBe(4);
      expect(html.body).toContain('id="report-data"');
    });

    it('answers clear CLOVA errors for an unknown project, key or format', async () => {
      const unknownProject = await get('/api/projects/AAAAAAAAAAAAAAAAAAAAAA/report');
      expect(unknownProject.statusCode).toBe(404);
      expect(unknownProject.json()).toMatchObject({
        code: '0011',
        message: expect.stringContaining('project'),
      });
      const unknownKey = await get(`/api/projects/${projectId}/report?set=clova%7CV1%7Cen%7Cfalse`);
      expect(unknownKey.statusCode).toBe(400);
      expect(unknownKey.json().message).toContain('clova|V1|en|false');
      expect(unknownKey.json().message).toContain(KO);
      expect((await get(`/api/projects/${projectId}/report?format=pdf`)).statusCode).toBe(400);
      expect((await get(`/api/projects/${projectId}/report?target=2`)).statusCode).toBe(400);
    });

    it('reports an empty project without failing', async () => {
      const p = await s.store.createProject('empty');
      const body = (await get(`/api/projects/${p.id}/report`)).json();
      expect(body).toMatchObject({ documents: 0, groundTruthDocuments: 0, sets: [], diffs: [] });
    });
  });
}
