import type { APIRequestContext, APIResponse } from '@playwright/test';
import { expect } from './test.ts';
import { renderTextPage } from '../../test/support/documents.ts';

/**
 * The report spec's project: Korean pages of known text, made through the API and run with
 * tesseract `ko` and `ja`; its ground truth from that text; and the test's own CER of a set,
 * computed from the stored JSON with a textbook Levenshtein (independent of review/metrics.ts).
 */

export const PAGES = [
  ['청구서 번호 2041 봄 주문', '다음 주 월요일까지 지불해 주세요'],
  ['배송은 삼월 십오일 본관에서', '신분증을 지참해 주십시오'],
  ['사무실에 전화로 연락하십시오', '합계 금액은 삼십만 원입니다'],
];
export const KO = 'tesseract|V2|ko|false';
export const JA = 'tesseract|V2|ja|false';

// ---- The test's own character error: NFKC, whitespace runs as one space, Levenshtein over code points.
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/gu, ' ').trim();
function levenshtein(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
interface Field {
  inferText: string;
}
const pageText = (response: { images: { fields?: Field[] }[] }) =>
  response.images.map((img) => norm((img.fields ?? []).map((f) => f.inferText).join(' ')));

export async function ok<T>(res: Promise<APIResponse>): Promise<T> {
  const r = await res;
  expect(r.ok(), `${r.url()} answered ${r.status()}: ${await r.text()}`).toBe(true);
  return (await r.json()) as T;
}

interface StoredDoc {
  id: string;
  name: string;
  runs: { id: string; key: string; status: string }[];
}

async function runSet(request: APIRequestContext, projectId: string, lang: string): Promise<void> {
  const options = { engine: 'tesseract', version: 'V2', lang, enableTableDetection: false };
  const { id } = await ok<{ id: string }>(
    request.post(`/api/projects/${projectId}/batches`, { data: { options } }),
  );
  await expect
    .poll(async () => (await ok<{ state?: string; done: number }>(request.get(`/api/batches/${id}`))).done, {
      timeout: 150_000,
      intervals: [500],
    })
    .toBe(PAGES.length);
}

/** The project and its runs, made through the API (the project view is tested elsewhere). */
export async function seed(
  request: APIRequestContext,
): Promise<{ projectId: string; name: string; ids: string[] }> {
  const name = `E2E report ${Date.now()}`;
  const project = await ok<{ id: string }>(request.post('/api/projects', { data: { name } }));
  const ids: string[] = [];
  for (const [i, lines] of PAGES.entries()) {
    const buffer = await renderTextPage({
      lines,
      lang: 'ko',
      width: 1100,
      height: 500,
      dpi: 200,
      fontSize: 14,
    });
    const [doc] = await ok<{ id: string }[]>(
      request.post(`/api/projects/${project.id}/documents`, {
        multipart: { file: { name: `page-${i + 1}.png`, mimeType: 'image/png', buffer } },
      }),
    );
    ids.push(doc.id);
  }
  await runSet(request, project.id, 'ko');
  await runSet(request, project.id, 'ja');
  return { projectId: project.id, name, ids };
}

/** Ground truth from the text each page was made from. */
export async function addTruth(request: APIRequestContext, ids: readonly string[]): Promise<void> {
  for (const [i, id] of ids.entries()) {
    const put = await request.put(`/api/documents/${id}/groundtruth/text`, {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      data: PAGES[i].join('\n'),
    });
    expect(put.ok(), await put.text()).toBe(true);
  }
}

/** CER of one option set over the project, from the stored runs' JSON and the known text. */
export async function independentCer(
  request: APIRequestContext,
  projectId: string,
  key: string,
): Promise<number> {
  const docs = await ok<StoredDoc[]>(request.get(`/api/projects/${projectId}/documents`));
  let errors = 0;
  let length = 0;
  for (const d of docs) {
    const lines = PAGES[Number(/page-(\d+)/.exec(d.name)![1]) - 1];
    const run = d.runs.find((r) => r.key === key && r.status === 'done')!;
    const response = await ok<{ images: { fields?: Field[] }[] }>(
      request.get(`/api/runs/${run.id}/response`),
    );
    const truth = [...norm(lines.join(' '))];
    errors += levenshtein([...pageText(response)[0]], truth);
    length += truth.length;
  }
  return errors / length;
}
