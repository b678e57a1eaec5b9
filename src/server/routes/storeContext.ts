import type { z } from 'zod';
import type { BatchWorker } from '../batch/worker.ts';
import type { RelayConfig } from '../config.ts';
import { invalidBody, RelayError } from '../errors.ts';
import type { Engines } from '../selectEngine.ts';
import type { StoreHolder } from '../store/holder.ts';
import { ID_PATTERN } from '../store/ids.ts';
import type { Project } from '../store/projects.ts';
import type { Store } from '../store/store.ts';

/** What the store's routes share. */
export interface StoreContext {
  config: RelayConfig;
  engines: Engines;
  stores: StoreHolder;
  /** This relay's batch worker, once the store is open. */
  worker(): BatchWorker | undefined;
}

/** 404 in CLOVA's error body (CLOVA has no "not found" code; 0011 with the real status). */
export function notFound(what: string): RelayError {
  return new RelayError('0011', `No ${what} with this id.`, 404);
}

/** An id from the path, checked for shape before it reaches a query. */
export function idFrom(params: unknown, what: string): string {
  const id = (params as { id?: unknown }).id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw notFound(what);
  return id;
}

/** `:id` of a project route: an id, or `inbox` for the default project. */
export async function projectFrom(params: unknown, store: Store): Promise<Project> {
  if ((params as { id?: unknown }).id === 'inbox') return store.inbox();
  const project = await store.getProject(idFrom(params, 'project'));
  if (!project) throw notFound('project');
  return project;
}

/** A JSON body checked against its schema, failures as CLOVA 0011 naming the field. */
export function bodyOf<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue.path.length > 0 ? issue.path.join('.') : '(body)';
  throw invalidBody(`${where}: ${issue.message}.`);
}
