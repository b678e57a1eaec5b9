import type { FastifyInstance } from 'fastify';
import { GROUND_TRUTH_PATHS, PROJECT_GROUND_TRUTH_EXPORT } from './groundTruthOpenApi.ts';
import { REPORT_PATHS } from './openapiReport.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const ERR = { description: "CLOVA's error body", content: { 'application/json': { schema: ref('Error') } } };
const id = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `${what} id`,
  schema: { type: 'string' },
});
const op = (summary: string, responses: object, extra: object = {}) => ({
  summary,
  ...extra,
  responses: { ...responses, '400': ERR, '401': ERR, '404': ERR },
});
const body = (schema: object) => ({
  requestBody: { required: true, content: { 'application/json': { schema } } },
});
const upload = {
  requestBody: {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } } },
        },
      },
    },
  },
};

const OPTIONS = {
  type: 'object',
  required: ['engine', 'version', 'lang', 'enableTableDetection'],
  properties: {
    engine: { enum: ['clova', 'tesseract'] },
    version: { enum: ['V1', 'V2'] },
    lang: { type: 'string', description: "CLOVA's comma list (ko, ja, zh-TW, en); '' when not set" },
    enableTableDetection: { type: 'boolean' },
  },
};

/** The API as OpenAPI 3.1, written by hand beside the routes (a test checks it lists them all). */
export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'OCR Inspector relay',
    version: '1',
    description:
      "CLOVA General OCR's endpoint plus the project store. With RELAY_ACCESS_KEY set, every /api/* route but /api/engines and /api/samples needs it as the X-OCR-SECRET header.",
  },
  components: {
    securitySchemes: { accessKey: { type: 'apiKey', in: 'header', name: 'X-OCR-SECRET' } },
    schemas: {
      Error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string' },
          message: { type: 'string' },
          path: { type: 'string' },
          traceId: { type: 'string' },
          timestamp: { type: 'number' },
        },
      },
      Project: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          inbox: { type: 'boolean' },
          created: { type: 'string' },
          documents: { type: 'integer' },
        },
      },
      Options: OPTIONS,
      Run: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          key: { type: 'string', description: 'engine|version|lang|tables, or "imported"' },
          options: { oneOf: [OPTIONS, { type: 'null' }] },
          status: { enum: ['queued', 'running', 'done', 'failed'] },
          imported: { type: 'boolean' },
          error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } },
        },
      },
      Document: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          sha256: { type: 'string' },
          format: { enum: ['png', 'jpg', 'pdf', 'tiff'] },
          pages: { type: 'integer' },
          size: { type: 'integer' },
          runs: { type: 'array', items: ref('Run') },
        },
      },
      Batch: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          key: { type: 'string' },
          state: { enum: ['running', 'done', 'cancelled'] },
          total: { type: 'integer' },
          queued: { type: 'integer' },
          running: { type: 'integer' },
          done: { type: 'integer' },
          failed: { type: 'integer' },
          reused: { type: 'integer' },
          documents: { type: 'array', items: { type: 'object' } },
        },
      },
    },
  },
  security: [{ accessKey: [] }],
  paths: {
    '/api/ocr/general': {
      post: op("CLOVA General OCR (stateless; CLOVA's request and response)", {
        '200': json({ type: 'object' }),
      }),
    },
    '/general': {
      post: op('Alias of /api/ocr/general, so a CLOVA invoke URL can point at the relay', {
        '200': json({ type: 'object' }),
      }),
    },
    '/api/engines': {
      get: {
        summary: 'Engines, limits, whether the access key is needed',
        security: [],
        responses: { '200': json({ type: 'object' }) },
      },
    },
    '/api/samples': {
      get: { summary: 'Sample documents', security: [], responses: { '200': json({ type: 'array' }) } },
    },
    '/api/samples/{id}': {
      get: {
        summary: 'One sample document',
        security: [],
        responses: { '200': { description: 'The file' } },
      },
    },
    '/healthz': {
      get: { summary: 'Liveness', security: [], responses: { '200': json({ type: 'object' }) } },
    },
    '/api/openapi.json': {
      get: { summary: 'This document', responses: { '200': json({ type: 'object' }) } },
    },
    '/api/projects': {
      get: op('Projects, the Inbox first (made on demand)', {
        '200': json({ type: 'array', items: ref('Project') }),
      }),
      post: op(
        'Create a project',
        { '201': json(ref('Project')) },
        body({ type: 'object', required: ['name'], properties: { name: { type: 'string' } } }),
      ),
    },
    '/api/projects/import': {
      post: op('A new project from a project export .zip', { '201': json({ type: 'object' }) }, upload),
    },
    '/api/projects/{id}': {
      parameters: [id('project, or "inbox"')],
      get: op('A project with its batches', { '200': json(ref('Project')) }),
      patch: op(
        'Rename',
        { '200': json(ref('Project')) },
        body({ type: 'object', required: ['name'], properties: { name: { type: 'string' } } }),
      ),
      delete: op('Delete with its documents, runs and batches', { '204': { description: 'Deleted' } }),
    },
    '/api/projects/{id}/documents': {
      parameters: [id('project, or "inbox"')],
      get: op('Documents with their runs', { '200': json({ type: 'array', items: ref('Document') }) }),
      post: op(
        'Add files, folders, zips; name.json beside name.png is imported as a run',
        { '201': json({ type: 'array', items: ref('Document') }) },
        {
          ...upload,
          parameters: [
            {
              name: 'document',
              in: 'query',
              required: false,
              description:
                'Import the one .json response sent as a run of this stored document (not by name)',
              schema: { type: 'string' },
            },
          ],
        },
      ),
    },
    '/api/projects/{id}/batches': {
      parameters: [id('project, or "inbox"')],
      get: op('Batches, newest first', { '200': json({ type: 'array' }) }),
      post: op(
        'Run every document with these options (done runs reused, failed ones retried)',
        { '201': json(ref('Batch')) },
        body({ type: 'object', required: ['options'], properties: { options: OPTIONS } }),
      ),
    },
    '/api/projects/{id}/export': {
      parameters: [id('project')],
      get: op(
        'The project as one .zip (documents, runs as CLOVA JSON, ground truth with its change log, manifest.json)',
        { '200': { description: 'application/zip' } },
        PROJECT_GROUND_TRUTH_EXPORT,
      ),
    },
    '/api/documents/{id}': {
      parameters: [id('document')],
      get: op('A document with its runs', { '200': json(ref('Document')) }),
      delete: op('Delete with its runs (and its bytes when no other document has them)', {
        '204': { description: 'Deleted' },
      }),
    },
    '/api/documents/{id}/file': {
      parameters: [id('document')],
      get: op('The bytes, with their true Content-Type', { '200': { description: 'The file' } }),
    },
    '/api/runs/{id}': { parameters: [id('run')], get: op('A run', { '200': json(ref('Run')) }) },
    '/api/runs/{id}/response': {
      parameters: [id('run')],
      get: op('The response exactly as /api/ocr/general answered it', {
        '200': json({ type: 'object' }),
        '409': ERR,
      }),
    },
    '/api/batches/{id}': {
      parameters: [id('batch')],
      get: op('Progress: counts and per-document status', { '200': json(ref('Batch')) }),
      delete: op('Cancel: queued jobs cancelled, running ones aborted', { '200': json(ref('Batch')) }),
    },
    '/api/batches/{id}/events': {
      parameters: [id('batch')],
      get: op('Server-sent events: `progress` (the Batch) on each change, `end` when over', {
        '200': { description: 'text/event-stream' },
      }),
    },
    ...GROUND_TRUTH_PATHS,
    ...REPORT_PATHS,
  },
} as const;

export async function openApiRoute(app: FastifyInstance): Promise<void> {
  app.get('/api/openapi.json', async () => OPENAPI);
}
