/** The ground-truth routes (issue 15 §8) in the OpenAPI document (openapi.ts spreads them in). */

const ERR = {
  description: "CLOVA's error body",
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const json = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const docId = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'document id',
  schema: { type: 'string' },
};
const op = (summary: string, responses: object, extra: object = {}) => ({
  summary,
  ...extra,
  responses: { ...responses, '400': ERR, '401': ERR, '404': ERR },
});
const query = (name: string, description: string, schema: object, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});

const FORMAT = query(
  'format',
  'clova (JSON), alto (ALTO 4.4), page (PAGE 2019-07-15), hocr, ppocr (Label.txt, rec_gt.txt, crops), tesstrain (line PNG + .gt.txt)',
  { enum: ['clova', 'alto', 'page', 'hocr', 'ppocr', 'tesstrain'] },
  true,
);
const REVIEWED_ONLY = query(
  'reviewedOnly',
  'Training sets (ppocr crops, tesstrain lines) from reviewed words only; in a project export, skip documents with nothing reviewed',
  { enum: ['true', 'false'] },
);

const CHANGE = {
  type: 'object',
  required: ['op'],
  description:
    'One of {op:"edit",id,text} {op:"accept",id} {op:"illegible",id} {op:"delete",id} {op:"add",page,boundingPoly,text} {op:"merge",ids,separator?} {op:"split",id,at} {op:"restore",page,index,remove,fields}',
  properties: {
    op: { enum: ['edit', 'accept', 'illegible', 'delete', 'add', 'merge', 'split', 'restore'] },
    id: { type: 'string' },
    text: { type: 'string' },
    page: { type: 'integer' },
  },
};
const REVISION = json({
  type: 'object',
  required: ['revision'],
  properties: { revision: { type: 'integer' } },
});

export const GROUND_TRUTH_PATHS = {
  '/api/documents/{id}/groundtruth': {
    parameters: [docId],
    get: op(
      "The ground truth: CLOVA's response shape with a top-level `revision` and `id` and `review` on each field (before any review: the latest done run, every word unreviewed)",
      { '200': json({ type: 'object' }), '409': ERR },
    ),
  },
  '/api/documents/{id}/groundtruth/changes': {
    parameters: [docId],
    post: op(
      'Apply a batch of changes made against baseRevision, all or nothing; 409 when baseRevision is not the current one',
      { '200': REVISION, '409': ERR },
      {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['baseRevision', 'changes'],
                properties: {
                  baseRevision: { type: 'integer' },
                  changes: { type: 'array', items: CHANGE },
                  reviewer: { type: 'string', description: "Who made them (default 'anonymous')" },
                },
              },
            },
          },
        },
      },
    ),
    get: op(
      'The applied batches after revision `since`, oldest first: revision, reviewer, at, entries (before/after)',
      { '200': json({ type: 'array' }) },
      { parameters: [query('since', 'Only batches after this revision', { type: 'integer' })] },
    ),
  },
  '/api/documents/{id}/groundtruth/text': {
    parameters: [docId],
    put: op(
      'The true text alone (text/plain, pages separated by form feeds), for documents whose boxes are not known; bumps the revision',
      { '200': REVISION, '409': ERR },
      {
        parameters: [
          query('baseRevision', 'When given, 409 unless it is the current revision', { type: 'integer' }),
        ],
        requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string' } } } },
      },
    ),
    get: op('The true text: what PUT gave, else the ground truth words, pages separated by form feeds', {
      '200': { description: 'text/plain' },
      '409': ERR,
    }),
  },
  '/api/documents/{id}/export': {
    parameters: [docId],
    get: op(
      'The ground truth in one format: the file itself, or a .zip when there are several (ppocr and tesstrain carry PNG crops cut from the document)',
      { '200': { description: 'The file or application/zip' }, '409': ERR },
      { parameters: [FORMAT, REVIEWED_ONLY] },
    ),
  },
};

/** `?format=` on the project export: the ground truth of every document, a folder each. */
export const PROJECT_GROUND_TRUTH_EXPORT = {
  description:
    "Without `format`: the project archive. With `format`: every document's ground truth in that format, one folder per document (documents never reviewed come from their latest done run; those without one are listed in skipped.txt)",
  parameters: [{ ...FORMAT, required: false }, REVIEWED_ONLY],
};
