import type { z } from '../../clova/zod.ts';
import { useAccessKey } from '../run/accessKey.ts';
import { runErrorFrom } from '../run/runError.ts';
import {
  AddedListSchema,
  BatchProgressSchema,
  DocumentListSchema,
  IdSchema,
  ProjectListSchema,
  ProjectSchema,
  StoredDocumentSchema,
} from './schemas.ts';
import type { AddedDocument, BatchProgress, Project, StoredDocument, StoredOptions } from './schemas.ts';

/** The relay's access key, when the user gave one (the relay's own key, never CLOVA's secret). */
export function authHeaders(): Record<string, string> {
  const key = useAccessKey.getState().key;
  return key ? { 'X-OCR-SECRET': key } : {};
}

/** fetch with the access key; a non-2xx answer becomes a RunError with CLOVA's code and message. */
export async function call(url: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { ...authHeaders(), ...(init.headers ?? {}) } });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw runErrorFrom(0, 'The relay could not be reached. Is it running?');
  }
  if (!res.ok) throw runErrorFrom(res.status, await res.text().catch(() => ''));
  return res;
}

async function json<S extends z.ZodType>(schema: S, url: string, init?: RequestInit): Promise<z.infer<S>> {
  const res = await call(url, init);
  const parsed = schema.safeParse(await res.json().catch(() => undefined));
  if (!parsed.success) throw new Error(`The relay's answer to ${url} is not what this app expects.`);
  return parsed.data;
}

const jsonBody = (body: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const enc = encodeURIComponent;

export const listProjects = (signal?: AbortSignal): Promise<Project[]> =>
  json(ProjectListSchema, '/api/projects', { signal });

export const createProject = (name: string): Promise<Project> =>
  json(ProjectSchema, '/api/projects', jsonBody({ name }));

export const renameProject = (id: string, name: string): Promise<unknown> =>
  call(`/api/projects/${enc(id)}`, jsonBody({ name }, 'PATCH'));

export const deleteProject = (id: string): Promise<unknown> =>
  call(`/api/projects/${enc(id)}`, { method: 'DELETE' });

export const listDocuments = (projectId: string, signal?: AbortSignal): Promise<StoredDocument[]> =>
  json(DocumentListSchema, `/api/projects/${enc(projectId)}/documents`, { signal });

/** One document's record, where the store offers it (to find its project from a shared link). */
export const fetchStoredDocument = (id: string, signal?: AbortSignal): Promise<StoredDocument> =>
  json(StoredDocumentSchema, `/api/documents/${enc(id)}`, { signal });

export const deleteDocument = (id: string): Promise<unknown> =>
  call(`/api/documents/${enc(id)}`, { method: 'DELETE' });

/**
 * Uploads files (documents, `.zip`s, `name.json` responses) into a project as multipart `file`
 * parts; with `forDocument`, the one response sent is imported as that stored document's run.
 */
export function addDocuments(
  projectId: string,
  files: readonly File[],
  forDocument?: string,
): Promise<AddedDocument[]> {
  const form = new FormData();
  for (const f of files) form.append('file', f, relativeName(f));
  const query = forDocument ? `?document=${enc(forDocument)}` : '';
  return json(AddedListSchema, `/api/projects/${enc(projectId)}/documents${query}`, {
    method: 'POST',
    body: form,
  });
}

/** A folder's files keep their path inside it, so same-named files of two subfolders stay apart. */
function relativeName(f: File): string {
  const rel = (f as File & { webkitRelativePath?: string }).webkitRelativePath;
  return rel || f.name;
}

export const documentFileUrl = (id: string): string => `/api/documents/${enc(id)}/file`;

export async function fetchDocumentFile(doc: Pick<StoredDocument, 'id' | 'name'>, signal?: AbortSignal) {
  const res = await call(documentFileUrl(doc.id), { signal });
  const blob = await res.blob();
  return new File([blob], doc.name, { type: blob.type || res.headers.get('content-type') || '' });
}

/** A stored run's response, exactly as /api/ocr/general answered (the model builder checks it). */
export async function fetchRunResponse(runId: string, signal?: AbortSignal): Promise<unknown> {
  const res = await call(`/api/runs/${enc(runId)}/response`, { signal });
  return res.json();
}

export async function startBatch(
  projectId: string,
  options: StoredOptions,
  documents?: readonly string[],
): Promise<string> {
  const body = documents ? { options, documents } : { options };
  return (await json(IdSchema, `/api/projects/${enc(projectId)}/batches`, jsonBody(body))).id;
}

export const getBatch = (id: string, signal?: AbortSignal): Promise<BatchProgress> =>
  json(BatchProgressSchema, `/api/batches/${enc(id)}`, { signal });

export const cancelBatch = (id: string): Promise<unknown> =>
  call(`/api/batches/${enc(id)}`, { method: 'DELETE' });
