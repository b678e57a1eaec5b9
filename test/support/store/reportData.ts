import { createHash } from 'node:crypto';
import type { OcrResponse } from '../../../src/clova/index.ts';
import { fromRun } from '../../../src/model/groundTruth/fromRun.ts';
import { seededRandom } from '../../../src/model/report/random.ts';
import type { Random } from '../../../src/model/report/random.ts';
import { newId, nowIso } from '../../../src/server/store/ids.ts';
import type { Store } from '../../../src/server/store/store.ts';
import { SAMPLE_TEXT } from '../sampleText.ts';

/**
 * Projects for the quality report's tests and bench: pages of known text (words from the sample
 * texts), ground truth from that text, and one run per option set with its own seeded misreads
 * (a character replaced) whose confidence is lower than a right word's, as real OCR tends to be.
 */

const VOCABULARY = [...SAMPLE_TEXT.ko, ...SAMPLE_TEXT.en].flatMap((l) => l.split(' '));
const WRONG = ['0', 'O', '1', 'l', '가', '나', '다', '#'];

export interface SetSpec {
  key: string;
  /** Share of words misread. */
  errorRate: number;
}

export interface SyntheticDocument {
  id: string;
  words: string[];
  /** The stored response per key (exactly the JSON text in the runs table). */
  responses: Record<string, string>;
}

export const pageWords = (random: Random, n: number): string[] =>
  Array.from({ length: n }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]);

/** A one-page CLOVA response: the words in rows of 10, each with its box and confidence. */
export function responseOf(texts: readonly string[], confidences: readonly number[]): OcrResponse {
  return {
    version: 'V2',
    requestId: 'synthetic',
    timestamp: 0,
    images: [
      {
        uid: 'p0',
        name: 'page',
        inferResult: 'SUCCESS',
        message: 'SUCCESS',
        convertedImageInfo: { width: 1200, height: 2000, pageIndex: 0 },
        fields: texts.map((inferText, k) => {
          const x = (k % 10) * 110 + 10;
          const y = Math.floor(k / 10) * 40 + 10;
          return {
            valueType: 'ALL',
            inferText,
            inferConfidence: confidences[k],
            type: 'NORMAL',
            lineBreak: k % 10 === 9,
            boundingPoly: {
              vertices: [
                { x, y },
                { x: x + 100, y },
                { x: x + 100, y: y + 30 },
                { x, y: y + 30 },
              ],
            },
          };
        }),
      },
    ],
  } as OcrResponse;
}

/** The words as one option set reads them: some misread (one character replaced), less confident. */
export function readAs(words: readonly string[], errorRate: number, random: Random): OcrResponse {
  const texts: string[] = [];
  const conf: number[] = [];
  for (const w of words) {
    if (random() < errorRate) {
      const chars = [...w];
      const at = Math.floor(random() * chars.length);
      const bad = WRONG.filter((c) => c !== chars[at]);
      chars[at] = bad[Math.floor(random() * bad.length)];
      texts.push(chars.join(''));
      conf.push(0.3 + random() * 0.55);
    } else {
      texts.push(w);
      conf.push(0.8 + random() * 0.2);
    }
  }
  return responseOf(texts, conf);
}

/**
 * A project of `documents` one-page documents of `words` words each, a done run per set, and
 * ground truth for every document: as text (`truth_text`) for even documents, as reviewed boxes
 * (`body`, fromRun of the true text) for odd ones, so both of the report's paths are exercised.
 */
export async function seedReportProject(
  store: Store,
  opts: { documents: number; words: number; sets: SetSpec[]; seed: number; name?: string },
): Promise<{ projectId: string; docs: SyntheticDocument[] }> {
  const random = seededRandom(opts.seed);
  const project = await store.createProject(opts.name ?? 'Synthetic pages');
  const made = Array.from({ length: opts.documents }, (_, i) => {
    const bytes = Buffer.from(`%PDF-1.4 synthetic ${opts.seed} ${i}`);
    return {
      upload: {
        name: `page-${String(i).padStart(4, '0')}.pdf`,
        bytes,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        format: 'pdf',
        pages: 1,
      },
      words: pageWords(random, opts.words),
    };
  });
  const stored = await store.addDocuments(
    project.id,
    made.map((m) => m.upload),
  );
  const now = nowIso();
  const docs: SyntheticDocument[] = stored.map((d, i) => ({
    id: d.id,
    words: made[i].words,
    responses: Object.fromEntries(
      opts.sets.map((s) => [s.key, JSON.stringify(readAs(made[i].words, s.errorRate, random))]),
    ),
  }));
  const runRows = docs.flatMap((d) =>
    opts.sets.map((s) => {
      const [engine, version, lang, tables] = s.key.split('|');
      return {
        id: newId(),
        document_id: d.id,
        key: s.key,
        options: JSON.stringify({ engine, version, lang, enableTableDetection: tables === 'true' }),
        status: 'done' as const,
        imported: 0,
        response: d.responses[s.key],
        error_code: null,
        error_message: null,
        created: now,
        started: now,
        finished: now,
        claimed_by: null,
        lease_until: null,
      };
    }),
  );
  for (let i = 0; i < runRows.length; i += 100)
    await store.db
      .insertInto('runs')
      .values(runRows.slice(i, i + 100))
      .execute();
  const truthRows = docs.map((d, i) => ({
    document_id: d.id,
    revision: i % 2 === 1 ? 1 : 0,
    body:
      i % 2 === 1
        ? JSON.stringify(
            fromRun(
              responseOf(
                d.words,
                d.words.map(() => 1),
              ),
            ),
          )
        : null,
    truth_text: i % 2 === 0 ? d.words.join(' ') : null,
    run_id: null,
    updated: now,
  }));
  for (let i = 0; i < truthRows.length; i += 100)
    await store.db
      .insertInto('ground_truth')
      .values(truthRows.slice(i, i + 100))
      .execute();
  return { projectId: project.id, docs };
}
