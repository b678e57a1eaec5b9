import type { Kysely, Selectable } from 'kysely';
import type { OptionSet } from './optionSet.ts';
import type { Database, RunStatus, RunTable } from './schema.ts';

/** A run as lists show it: no response (that is fetched on its own, by id). */
export interface RunSummary {
  id: string;
  documentId: string;
  key: string;
  /** The options it was made with; null for an imported response (options unknown). */
  options: OptionSet | null;
  status: RunStatus;
  imported: boolean;
  /** Why it failed: CLOVA's (or the relay's) code and message. */
  error?: { code: string; message: string };
  created: string;
  finished: string | null;
}

/** A run as a document list shows it: enough to tell which option sets are done. */
export interface RunBrief {
  id: string;
  key: string;
  options: OptionSet | null;
  status: RunStatus;
  imported: boolean;
  error?: { code: string; message: string };
}

const optionsByKey = new Map<string, OptionSet | null>();

/** The options a canonical key stands for (the key is their canonical spelling). */
export function optionsOfKey(key: string): OptionSet | null {
  let o = optionsByKey.get(key);
  if (o === undefined) {
    const [engine, version, lang, tables] = key.split('|');
    o =
      tables === undefined
        ? null
        : ({ engine, version, lang, enableTableDetection: tables === 'true' } as OptionSet);
    if (optionsByKey.size < 10_000) optionsByKey.set(key, o);
  }
  return o;
}

/** The columns a run's summary is made of (no response, no claim). */
export const RUN_COLUMNS = [
  'id',
  'document_id',
  'key',
  'options',
  'status',
  'imported',
  'error_code',
  'error_message',
  'created',
  'finished',
] as const;
export type RunRow = Pick<Selectable<RunTable>, (typeof RUN_COLUMNS)[number]>;

export function toRunSummary(r: RunRow): RunSummary {
  return {
    id: r.id,
    documentId: r.document_id,
    key: r.key,
    options: r.options === null ? null : (JSON.parse(r.options) as OptionSet),
    status: r.status,
    imported: r.imported === 1,
    ...(r.error_code ? { error: { code: r.error_code, message: r.error_message ?? '' } } : {}),
    created: r.created,
    finished: r.finished,
  };
}

export async function getRun(db: Kysely<Database>, id: string): Promise<RunSummary | undefined> {
  const row = await db.selectFrom('runs').select(RUN_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && toRunSummary(row);
}

/** The stored answer of a done run, byte for byte as the engine gave it. */
export async function getRunResponse(
  db: Kysely<Database>,
  id: string,
): Promise<{ run: RunSummary; response: string | null } | undefined> {
  const row = await db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { run: toRunSummary(row), response: row.response };
}
