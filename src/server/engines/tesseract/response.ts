import { randomBytes } from 'node:crypto';
import type { Field, ImageResult, OcrResponse, Table } from '../../../clova/index.ts';

/** What one page produced: its pixel size and fields, or why it failed. */
export type PageOutcome =
  | { ok: true; pageIndex: number; width: number; height: number; fields: Field[]; tables?: Table[] }
  | { ok: false; pageIndex: number; message: string };

export interface ResponseContext {
  /** The request's `version` string exactly as sent (echoed, like CLOVA). */
  version: string;
  normalisedVersion: 'V1' | 'V2';
  requestId: string;
  /** images[0].name of the request, echoed on every page. */
  name: string;
  /** Whether the request asked for tables (then every page carries `tables`). */
  tables: boolean;
}

/**
 * A CLOVA /general response: one images[] entry per page, keys in the order real responses use
 * (uid, name, inferResult, message, validationResult, convertedImageInfo, tables, fields).
 * convertedImageInfo is V2 only, as in every V1 response seen.
 */
export function buildResponse(
  ctx: ResponseContext,
  pages: readonly PageOutcome[],
  now = Date.now(),
): OcrResponse {
  return {
    version: ctx.version,
    requestId: ctx.requestId,
    timestamp: now,
    images: pages.map((p) => buildImage(ctx, p)),
  };
}

function buildImage(ctx: ResponseContext, p: PageOutcome): ImageResult {
  const head = {
    uid: randomBytes(16).toString('hex'),
    name: ctx.name,
    inferResult: p.ok ? ('SUCCESS' as const) : ('FAILURE' as const),
    message: p.ok ? 'SUCCESS' : p.message,
    validationResult: { result: 'NO_REQUESTED' },
  };
  if (!p.ok) return { ...head, ...(ctx.tables ? { tables: [] } : {}), fields: [] };
  return {
    ...head,
    ...(ctx.normalisedVersion === 'V2'
      ? { convertedImageInfo: { width: p.width, height: p.height, pageIndex: p.pageIndex, longImage: false } }
      : {}),
    ...(ctx.tables ? { tables: p.tables ?? [] } : {}),
    fields: p.fields,
  };
}
