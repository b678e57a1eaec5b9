import { z } from 'zod';

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

export const StoredOptionsSchema = z.looseObject({
  engine: z.string(),
  version: z.enum(['V1', 'V2']).catch('V2'),
  lang: z.string().catch(''),
  enableTableDetection: z.boolean().catch(false),
});
export type StoredOptions = z.infer<typeof StoredOptionsSchema>;

export const RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** A failure as CLOVA (or the relay) words it; the store may nest it or flatten it on the run. */
const FailureSchema = z.looseObject({ code: z.string().optional(), message: z.string().optional() });

export const StoredRunSchema = z
  .looseObject({
    id: z.string(),
    key: z.string(),
    // An imported response has no known options.
    options: StoredOptionsSchema.nullable().optional().catch(null),
    status: z.enum(RUN_STATUSES).catch('failed'),
    imported: z.boolean().optional().catch(undefined),
    error: z.union([FailureSchema, z.string()]).nullable().optional().catch(undefined),
    code: z.string().nullable().optional().catch(undefined),
    message: z.string().nullable().optional().catch(undefined),
  })
  .transform((r) => {
    const e = typeof r.error === 'string' ? { message: r.error } : (r.error ?? {});
    const code = e.code ?? r.code ?? undefined;
    const message = e.message ?? r.message ?? undefined;
    return {
      id: r.id,
      key: r.key,
      options: r.options ?? null,
      status: r.status,
      imported: r.imported === true || !r.options,
      failure: r.status === 'failed' ? { code: code ?? 'failed', message: message ?? '' } : null,
    };
  });
export type StoredRun = z.infer<typeof StoredRunSchema>;

export const StoredDocumentSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  sha256: z.string(),
  format: z.string(),
  pages: z.number().int().nonnegative().catch(0),
  runs: z.array(StoredRunSchema).catch([]),
  projectId: z.string().optional().catch(undefined),
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
