import { z } from '../../clova/zod.ts';

/** The store API's answers (issue 14 §5), checked at the edge. Extra fields pass through unread. */

export const ProjectSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  documents: z.number().int().nonnegative().optional().catch(undefined),
  /** The default project, where files opened without a project go. */
  inbox: z.boolean().optional().catch(undefined),
});
export type Project = z.infer<typeof ProjectSchema>;
export const ProjectListSchema = z.array(ProjectSchema);

export const StoredOptionsSchema = z.object({
  engine: z.string(),
  version: z.enum(['V1', 'V2']),
  lang: z.string(),
  enableTableDetection: z.boolean(),
});
export type StoredOptions = z.infer<typeof StoredOptionsSchema>;

export const RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** A failure as CLOVA (or the relay) words it; the store may nest it or flatten it on the run. */
const FailureSchema = z.looseObject({ code: z.string().optional(), message: z.string().optional() });

const isStatus = (s: string): s is RunStatus => (RUN_STATUSES as readonly string[]).includes(s);

// The list of a 5,000-document project is checked on every load: plain fields, no per-field
// fallbacks (a .catch on each field made the first check of such a list several times slower).
export const StoredRunSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    // An imported response has no known options.
    options: StoredOptionsSchema.nullable().optional(),
    status: z.string(),
    imported: z.boolean().optional(),
    error: z.union([FailureSchema, z.string()]).nullable().optional(),
    code: z.string().nullable().optional(),
    message: z.string().nullable().optional(),
  })
  .transform((r) => {
    const e = typeof r.error === 'string' ? { message: r.error } : (r.error ?? {});
    const status: RunStatus = isStatus(r.status) ? r.status : 'failed';
    const code = e.code ?? r.code ?? undefined;
    const message = e.message ?? r.message ?? undefined;
    return {
      id: r.id,
      key: r.key,
      options: r.options ?? null,
      status,
      imported: r.imported === true || !r.options,
      failure: status === 'failed' ? { code: code ?? 'failed', message: message ?? '' } : null,
    };
  });
export type StoredRun = z.infer<typeof StoredRunSchema>;

export const StoredDocumentSchema = z.object({
  id: z.string(),
  name: z.string(),
  sha256: z.string(),
  format: z.string(),
  pages: z.number(),
  runs: z.array(StoredRunSchema),
  projectId: z.string().optional(),
});
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;
export const DocumentListSchema = z.array(StoredDocumentSchema);

export const AddedDocumentSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  sha256: z.string(),
  format: z.string(),
  pages: z.number().catch(0),
});
export type AddedDocument = z.infer<typeof AddedDocumentSchema>;
export const AddedListSchema = z.array(AddedDocumentSchema);

export const BatchProgressSchema = z.looseObject({
  total: z.number().int().nonnegative(),
  queued: z.number().int().nonnegative().catch(0),
  running: z.number().int().nonnegative().catch(0),
  done: z.number().int().nonnegative().catch(0),
  failed: z.number().int().nonnegative().catch(0),
  /** running while any job is queued or running; then done or cancelled. */
  state: z.string().optional().catch(undefined),
  /** Of the failed, those cancelled before they finished. */
  cancelledJobs: z.number().int().nonnegative().optional().catch(undefined),
  /** Done before the batch was asked for: reused, not run again. */
  reused: z.number().int().nonnegative().optional().catch(undefined),
  key: z.string().optional().catch(undefined),
  documents: z
    .array(
      z.looseObject({
        documentId: z.string(),
        runId: z.string().optional().catch(undefined),
        name: z.string().catch(''),
        status: z.enum(RUN_STATUSES).catch('failed'),
        error: FailureSchema.optional().catch(undefined),
      }),
    )
    .optional()
    .catch(undefined),
});
export type BatchProgress = z.infer<typeof BatchProgressSchema>;

export const IdSchema = z.looseObject({ id: z.string() });

/** The default project a file opened without choosing one goes into (the store creates it on demand). */
export const INBOX_NAME = 'Inbox';
