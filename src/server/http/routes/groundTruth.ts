import type { FastifyInstance } from 'fastify';
import { ChangeRequestSchema, groundTruthResponse } from '../../../model/groundTruth/index.ts';
import type { ChangeError } from '../../../model/groundTruth/index.ts';
import { invalidBody, RelayError } from '../../errors.ts';
import {
  applyChangeBatch,
  documentExists,
  listChanges,
  putTruthText,
  readGroundTruth,
  readTruthText,
} from '../../groundTruth/queries.ts';
import type { GtDb, WriteResult } from '../../groundTruth/queries.ts';
import { bodyOf, idFrom, notFound } from './storeContext.ts';
import type { StoreContext } from './storeContext.ts';

/** A "accept the rest" of a 20,000-word page, or a restore of many fields, is a few MB of JSON. */
const CHANGES_BODY_LIMIT = 64 * 1024 * 1024;
const TEXT_BODY_LIMIT = 16 * 1024 * 1024;

export function noGroundTruth(): RelayError {
  return new RelayError(
    '0011',
    'This document has no done run yet, so it has no ground truth to show: run OCR on it first (or PUT its text to /groundtruth/text).',
    409,
  );
}

function staleRevision(base: number, current: number): RelayError {
  return new RelayError(
    '0011',
    `The ground truth is at revision ${current}, but these changes were made against revision ${base}: nothing was applied. Reload the ground truth and apply them again.`,
    409,
  );
}

function invalidChanges(errors: ChangeError[]): RelayError {
  const listed = errors
    .slice(0, 20)
    .map((e) => (e.change < 0 ? e.message : `change ${e.change}: ${e.message}`))
    .join('; ');
  return invalidBody(`Invalid changes, nothing was applied: ${listed}.`);
}

/** The answer for a write: its new revision, or the error that says why not. */
function answer(result: WriteResult, base: number | undefined): { revision: number } {
  switch (result.kind) {
    case 'applied':
      return { revision: result.revision };
    case 'conflict':
      throw staleRevision(base ?? -1, result.revision);
    case 'invalid':
      throw invalidChanges(result.errors);
    case 'no-run':
      throw noGroundTruth();
  }
}

/** A non-negative integer from the query string, or undefined; anything else is a clear 400. */
export function queryInt(query: unknown, name: string): number | undefined {
  const v = (query as Record<string, unknown> | undefined)?.[name];
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string' || !/^\d{1,9}$/.test(v)) throw invalidBody(`${name} must be a whole number ≥ 0.`);
  return Number(v);
}

/** A blank reviewer name is no name (the change is recorded as 'anonymous'), not a refused save. */
function withoutBlankReviewer(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const { reviewer } = body as { reviewer?: unknown };
  return typeof reviewer === 'string' && reviewer.trim() === '' ? { ...body, reviewer: undefined } : body;
}

/** The store and the document id of a /api/documents/:id/... route (404 when unknown). */
export async function documentOf(ctx: StoreContext, params: unknown): Promise<{ g: GtDb; id: string }> {
  const store = await ctx.stores.get();
  const g = { db: store.db, dialect: store.dialect };
  const id = idFrom(params, 'document');
  if (!(await documentExists(g, id))) throw notFound('document');
  return { g, id };
}

/**
 * Ground truth (issue 15 §8): GET it (CLOVA's shape with `revision`, `id` and `review`), POST
 * change batches against a revision (409 when stale), PUT the text alone, read the history.
 */
export async function groundTruthRoutes(app: FastifyInstance, ctx: StoreContext): Promise<void> {
  app.get('/api/documents/:id/groundtruth', async (request) => {
    const { g, id } = await documentOf(ctx, request.params);
    const gt = await readGroundTruth(g, id);
    if (!gt) throw noGroundTruth();
    return groundTruthResponse(gt);
  });

  app.post('/api/documents/:id/groundtruth/changes', { bodyLimit: CHANGES_BODY_LIMIT }, async (request) => {
    const { g, id } = await documentOf(ctx, request.params);
    const body = bodyOf(ChangeRequestSchema, withoutBlankReviewer(request.body));
    return answer(await applyChangeBatch(g, id, body), body.baseRevision);
  });

  app.get('/api/documents/:id/groundtruth/changes', async (request) => {
    const { g, id } = await documentOf(ctx, request.params);
    return listChanges(g, id, queryInt(request.query, 'since') ?? 0);
  });

  app.put('/api/documents/:id/groundtruth/text', { bodyLimit: TEXT_BODY_LIMIT }, async (request) => {
    const { g, id } = await documentOf(ctx, request.params);
    if (typeof request.body !== 'string')
      throw invalidBody('Send the text as text/plain (UTF-8), pages separated by form feeds (\\f).');
    if (request.body.trim() === '')
      throw invalidBody("The text is empty: send the document's true text, pages separated by form feeds.");
    const base = queryInt(request.query, 'baseRevision');
    return answer(await putTruthText(g, id, request.body, base), base);
  });

  app.get('/api/documents/:id/groundtruth/text', async (request, reply) => {
    const { g, id } = await documentOf(ctx, request.params);
    const text = await readTruthText(g, id);
    if (text === undefined) throw noGroundTruth();
    return reply.type('text/plain; charset=utf-8').send(text);
  });
}
