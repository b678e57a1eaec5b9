import { z } from '../../clova/zod.ts';
import { GroundTruthSchema } from '../../model/groundTruth/schema.ts';
import type { Change, GroundTruth } from '../../model/groundTruth/index.ts';
import { call } from '../projects/api.ts';
import { RunError } from '../run/runError.ts';

/**
 * The store's ground-truth routes (issue 15 §8), the one client of them. A stale `baseRevision`
 * answers 409; `postChanges` turns that into `{kind: 'conflict'}` so callers reload and re-apply.
 */
const enc = encodeURIComponent;

export async function fetchGroundTruth(documentId: string, signal?: AbortSignal): Promise<GroundTruth> {
  const res = await call(`/api/documents/${enc(documentId)}/groundtruth`, { signal });
  const parsed = GroundTruthSchema.safeParse(await res.json().catch(() => undefined));
  if (!parsed.success) throw new Error('The relay sent ground truth this app cannot read.');
  return parsed.data;
}

const RevisionSchema = z.object({ revision: z.number().int().nonnegative() });

export type PostResult = { kind: 'applied'; revision: number } | { kind: 'conflict' };

export async function postChanges(
  documentId: string,
  baseRevision: number,
  changes: readonly Change[],
  reviewer: string,
): Promise<PostResult> {
  const res = await call(`/api/documents/${enc(documentId)}/groundtruth/changes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ baseRevision, changes, reviewer }),
  }).catch((e: unknown) => {
    if (e instanceof RunError && e.status === 409) return null;
    throw e;
  });
  if (res === null) return { kind: 'conflict' };
  return { kind: 'applied', ...RevisionSchema.parse(await res.json()) };
}

export async function putTruthText(documentId: string, text: string): Promise<number> {
  const res = await call(`/api/documents/${enc(documentId)}/groundtruth/text`, {
    method: 'PUT',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: text,
  });
  return RevisionSchema.parse(await res.json()).revision;
}

/**
 * The document's true text (GET …/groundtruth/text): what PUT text gave, else its boxes' text;
 * null when it has neither (409: no run and no text yet).
 */
export async function fetchTruthText(documentId: string, signal?: AbortSignal): Promise<string | null> {
  const res = await call(`/api/documents/${enc(documentId)}/groundtruth/text`, { signal }).catch(
    (e: unknown) => {
      if (e instanceof RunError && e.status === 409) return null;
      throw e;
    },
  );
  return res === null ? null : res.text();
}

export const groundTruthKeys = {
  document: (documentId: string) => ['groundTruth', documentId] as const,
  /** Under the document's key, so invalidating the ground truth refetches its text too. */
  text: (documentId: string) => ['groundTruth', documentId, 'text'] as const,
};
