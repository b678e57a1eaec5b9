/** The quality report's and audits' paths in the OpenAPI document (issue 16), beside openapi.ts. */

const ERR = {
  description: "CLOVA's error body",
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const json = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const op = (summary: string, responses: object, extra: object = {}) => ({
  summary,
  ...extra,
  responses: { ...responses, '400': ERR, '401': ERR, '404': ERR },
});
const id = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `${what} id`,
  schema: { type: 'string' },
});
const interval = { type: ['array', 'null'], items: { type: 'number' }, minItems: 2, maxItems: 2 };

const SET_REPORT = {
  type: 'object',
  required: ['key', 'options', 'cer', 'wer', 'cerCi95', 'documents', 'calibration', 'sweep', 'confusions'],
  properties: {
    key: { type: 'string', description: 'engine|version|lang|tables' },
    options: { type: ['object', 'null'] },
    cer: {
      type: ['number', 'null'],
      description: 'Summed Levenshtein distances over summed ground-truth code points',
    },
    wer: { type: ['number', 'null'] },
    cerCi95: interval,
    werCi95: interval,
    documentsScored: { type: 'integer' },
    documentsWithRun: { type: 'integer' },
    documents: {
      type: 'array',
      description: 'Worst first',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          cer: { type: ['number', 'null'] },
          wer: { type: ['number', 'null'] },
          worstPage: { type: ['integer', 'null'] },
          lang: { type: ['string', 'null'] },
        },
      },
    },
    calibration: {
      type: 'object',
      properties: {
        bins: { type: 'array', items: { type: 'object' } },
        ece: { type: ['number', 'null'] },
        auroc: { type: ['number', 'null'] },
      },
    },
    sweep: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          threshold: { type: 'number' },
          reviewShare: { type: 'number' },
          errorCatch: { type: 'number' },
        },
      },
    },
    proposedThreshold: { type: ['object', 'null'] },
    confusions: { type: 'array', items: { type: 'object' } },
    languages: { type: 'array', items: { type: 'object' } },
    noGroundTruth: { type: 'object' },
  },
};

const AUDIT = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    key: { type: 'string' },
    size: { type: 'integer' },
    seed: { type: 'integer' },
    population: { type: 'integer' },
    answered: { type: 'integer' },
    right: { type: 'integer' },
    wrong: { type: 'integer' },
    corrected: { type: 'integer' },
    accuracy: { type: ['number', 'null'] },
    ci95: { ...interval, description: 'Wilson 95% interval of word accuracy' },
  },
};

export const REPORT_PATHS = {
  '/api/projects/{id}/report': {
    parameters: [
      id('project, or "inbox"'),
      {
        name: 'set',
        in: 'query',
        description: 'Option set key, repeatable; all when absent',
        schema: { type: 'array', items: { type: 'string' } },
      },
      { name: 'format', in: 'query', schema: { enum: ['json', 'csv', 'html'] } },
      {
        name: 'target',
        in: 'query',
        description: 'Share of wrong words the proposed threshold catches (default 0.95)',
        schema: { type: 'number' },
      },
    ],
    get: op('Quality report per option set: CER/WER with intervals, calibration, sweep, confusions', {
      '200': json({
        type: 'object',
        properties: {
          sets: { type: 'array', items: SET_REPORT },
          diffs: { type: 'array' },
          agreement: { type: 'array' },
        },
      }),
    }),
  },
  '/api/projects/{id}/audits': {
    parameters: [id('project, or "inbox"')],
    get: op('Sampling audits, newest first', { '200': json({ type: 'array', items: AUDIT }) }),
    post: op(
      'Draw a seeded random sample of one option set’s words',
      { '201': json(AUDIT) },
      {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['key'],
                properties: { key: { type: 'string' }, size: { type: 'integer' }, seed: { type: 'integer' } },
              },
            },
          },
        },
      },
    ),
  },
  '/api/audits/{id}': {
    parameters: [id('audit')],
    get: op('Progress and word accuracy with its Wilson 95% interval', { '200': json(AUDIT) }),
  },
  '/api/audits/{id}/items': {
    parameters: [id('audit')],
    get: op('The sampled words with document, page, field and box (for the crop)', {
      '200': json({ type: 'array' }),
    }),
  },
  '/api/audits/{id}/items/{n}': {
    parameters: [id('audit'), { name: 'n', in: 'path', required: true, schema: { type: 'integer' } }],
    put: op(
      'Answer an item: right, wrong, or corrected with the text (which edits the ground truth)',
      { '200': json({ type: 'object' }) },
      {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['answer'],
                properties: {
                  answer: { enum: ['right', 'wrong', 'corrected'] },
                  text: { type: 'string' },
                  reviewer: { type: 'string' },
                },
              },
            },
          },
        },
      },
    ),
  },
} as const;
