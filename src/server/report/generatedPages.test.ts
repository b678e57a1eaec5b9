import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTesseractEngine } from '../engines/tesseract/index.ts';
import { renderTextPage } from '../../../test/support/documents.ts';
import { SAMPLE_TEXT } from '../../../test/support/sampleText.ts';
import { storeApp } from '../../../test/support/store/storeApp.ts';
import type { StoreApp } from '../../../test/support/store/storeApp.ts';
import { nowIso } from '../store/ids.ts';

/**
 * Issue 16's end-to-end case on the relay: generated Korean pages of known text, ground truth from
 * that text, two option sets run by the real embedded engine (`ko`, and `ja`, which cannot read
 * Hangul). The report must rank `ko` first, and its CER must equal one computed here from the two
 * stored JSONs with a textbook Levenshtein.
 */

const KO = 'tesseract|V2|ko|false';
const JA = 'tesseract|V2|ja|false';
const PAGES = [SAMPLE_TEXT.ko.slice(0, 2), SAMPLE_TEXT.ko.slice(2, 4)];

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
const norm = (s: string) => [...s.normalize('NFKC').replace(/\s+/gu, ' ').trim()];

describe('report on generated pages read by the embedded engine', () => {
  let s: StoreApp;
  let work: string;
  let projectId: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'report-pages-'));
    s = await storeApp(
      { BATCH_CONCURRENCY: '2' },
      { engines: { tesseract: createTesseractEngine({ tmpDir: work, concurrency: 2 }) } },
    );
    projectId = (
      await s.app.inject({ method: 'POST', url: '/api/projects', payload: { name: 'Korean pages' } })
    ).json().id;
    const files = await Promise.all(
      PAGES.map(async (lines, i) => ({
        name: `page-${i}.png`,
        bytes: await renderTextPage({ lines, lang: 'ko', dpi: 150, width: 1240, height: 500, margin: 60 }),
      })),
    );
    const docs = (await s.upload(projectId, files)).json();
    await s.store.db
      .insertInto('ground_truth')
      .values(
        docs.map((d: { id: string; name: string }) => ({
          document_id: d.id,
          revision: 1,
          body: null,
          truth_text: PAGES[Number(/\d+/.exec(d.name)![0])].join('\n'),
          run_id: null,
          updated: nowIso(),
        })),
      )
      .execute();
    for (const lang of ['ko', 'ja']) {
      const batch = (
        await s.app.inject({
          method: 'POST',
          url: `/api/projects/${projectId}/batches`,
          payload: { options: { engine: 'tesseract', lang } },
        })
      ).json().id;
      for (let i = 0; ; i++) {
        const p = (await s.app.inject(`/api/batches/${batch}`)).json();
        if (p.state === 'done') break;
        if (i > 2400) throw new Error(`batch ${lang} did not finish`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }, 240_000);
  afterAll(async () => {
    await s?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('ranks ko above ja, with the CER a textbook Levenshtein gives from the stored JSONs', async () => {
    const report = (
      await s.app.inject(
        `/api/projects/${projectId}/report?set=${encodeURIComponent(JA)}&set=${encodeURIComponent(KO)}`,
      )
    ).json();
    const [ja, ko] = report.sets;
    expect([ja.key, ko.key]).toEqual([JA, KO]);
    expect(ko.documentsScored).toBe(2);
    expect(ko.cer).toBeLessThan(ja.cer);
    expect(ko.cer).toBeLessThan(0.1);
    expect(report.diffs[0]).toMatchObject({ a: JA, b: KO });
    expect(report.diffs[0].cerDiff).toBeLessThan(0);

    const list = (await s.app.inject(`/api/projects/${projectId}/documents`)).json();
    for (const [key, set] of [
      [KO, ko],
      [JA, ja],
    ] as const) {
      let errors = 0;
      let length = 0;
      for (const d of list) {
        const run = d.runs.find((r: { key: string }) => r.key === key);
        const json = (await s.app.inject(`/api/runs/${run.id}/response`)).json();
        const text = json.images
          .flatMap((im: { fields: { inferText: string }[] }) => im.fields.map((f) => f.inferText))
          .join(' ');
        const truth = norm(PAGES[Number(/\d+/.exec(d.name)![0])].join('\n'));
        errors += distance(truth, norm(text));
        length += truth.length;
      }
      expect(set.cer).toBeCloseTo(errors / length, 12);
    }
  });
});
