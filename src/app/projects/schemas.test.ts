import { describe, expect, it } from 'vitest';
import { DocumentListSchema, ProjectListSchema } from './schemas.ts';
import { openApiBatchBody } from './storeViewerRuns.ts';
import { summarizeRun } from './runSummary.ts';
import { image, response } from '../../model/responses.testutil.ts';

describe('store answers at the edge', () => {
  it('reads the documents list of issue 14, with failures nested or flat', () => {
    const list = DocumentListSchema.parse([
      {
        id: 'd1',
        name: 'a.png',
        sha256: 'ab',
        format: 'png',
        pages: 1,
        extra: 'kept out',
        runs: [
          {
            id: 'r1',
            key: 'tesseract|V2|en|false',
            options: { engine: 'tesseract', version: 'V2', lang: 'en', enableTableDetection: false },
            status: 'done',
          },
          {
            id: 'r2',
            key: 'clova|V2|ko|false',
            options: null,
            status: 'failed',
            error: { code: '0011', message: 'Bad' },
          },
          { id: 'r3', key: 'clova|V1|ko|false', status: 'failed', code: '0500', message: 'Busy' },
          { id: 'r4', key: 'imported', status: 'done' },
        ],
      },
    ]);
    const [r1, r2, r3, r4] = list[0].runs;
    expect(r1).toMatchObject({ status: 'done', imported: false, failure: null });
    expect(r1.options?.lang).toBe('en');
    expect(r2.failure).toEqual({ code: '0011', message: 'Bad' });
    expect(r3.failure).toEqual({ code: '0500', message: 'Busy' });
    expect(r4.imported).toBe(true);
  });

  it('refuses a list that is not one, and tolerates a project without its count', () => {
    expect(DocumentListSchema.safeParse({ documents: [] }).success).toBe(false);
    expect(ProjectListSchema.parse([{ id: 'p', name: 'Inbox' }])[0].documents).toBeUndefined();
  });

  it("finds the batch route's body in an OpenAPI document, with either path style", () => {
    const body = { content: { 'application/json': { schema: { properties: { documents: {} } } } } };
    expect(
      openApiBatchBody({ paths: { '/api/projects/{id}/batches': { post: { requestBody: body } } } }),
    ).toBe(body);
    expect(
      openApiBatchBody({ paths: { '/api/projects/:id/batches': { post: { requestBody: body } } } }),
    ).toBe(body);
    expect(openApiBatchBody({ paths: {} })).toBeUndefined();
    expect(openApiBatchBody(null)).toBeUndefined();
  });
});

describe('run summary', () => {
  it('gives the mean confidence and the doubtful words of a response, through the model', () => {
    const r = response([
      image(0, [
        { text: 'a', conf: 0.5, x: 0, y: 0 },
        { text: 'b', conf: 1, x: 100, y: 0 },
      ]),
      image(1, [{ text: 'c', conf: 0.9, x: 0, y: 0 }]),
    ]);
    const s = summarizeRun(r, 0.8);
    expect(s.words).toBe(3);
    expect(s.meanConfidence).toBeCloseTo(0.8, 10);
    expect(s.doubtful).toBe(1);
    expect(summarizeRun(r, 0.95).doubtful).toBe(2);
  });
});
