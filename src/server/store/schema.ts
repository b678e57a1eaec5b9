import type { ColumnType } from 'kysely';

/**
 * The store's tables, as Kysely sees them (one schema for SQLite and PostgreSQL). Timestamps are
 * ISO text, booleans 0/1 integers, JSON is text: the same values in both databases.
 */
export interface ProjectTable {
  id: string;
  name: string;
  /** 'inbox' for the default project, else null (unique: there is one Inbox). */
  kind: string | null;
  created: string;
}

export interface BlobTable {
  sha256: string;
  bytes: Buffer;
  size: number;
}

export interface DocumentTable {
  id: string;
  project_id: string;
  name: string;
  sha256: string;
  format: string;
  pages: number;
  size: number;
  created: string;
}

export type RunStatus = 'queued' | 'running' | 'done' | 'failed';

export interface RunTable {
  id: string;
  document_id: string;
  key: string;
  /** OptionSet as JSON; null for imported runs. */
  options: string | null;
  status: RunStatus;
  imported: number;
  /** The engine's answer exactly as /api/ocr/general sends it (done runs). */
  response: string | null;
  error_code: string | null;
  error_message: string | null;
  created: string;
  started: string | null;
  finished: string | null;
  /** The relay instance running it and until when its claim holds (renewed while it runs). */
  claimed_by: string | null;
  lease_until: string | null;
  attempts: ColumnType<number, number | undefined, number>;
}

export interface BatchTable {
  id: string;
  project_id: string;
  key: string;
  options: string;
  created: string;
  cancelled: string | null;
}

/** One document of a batch and the run that answers it (a run may serve several batches). */
export interface JobTable {
  id: string;
  batch_id: string;
  document_id: string;
  run_id: string;
  /** 1 when the run was already done when the batch was made (nothing was run for it). */
  reused: number;
}

/**
 * A document's ground truth (issue 15). `body` is the store form (GroundTruth JSON, deleted words
 * kept for undo) once anyone reviewed boxes; `truth_text` the text given by PUT .../text (pages
 * joined by form feeds). `run_id` is the run the body was last matched to.
 */
export interface GroundTruthTable {
  document_id: string;
  revision: number;
  body: string | null;
  truth_text: string | null;
  run_id: string | null;
  updated: string;
}

/** One applied batch of changes: who, when, and the entries (before/after) applyChanges gave. */
export interface GroundTruthChangeTable {
  id: string;
  document_id: string;
  /** The revision this batch produced; unique per document, so two writers cannot both win. */
  revision: number;
  reviewer: string;
  at: string;
  entries: string;
}

/** A sampling audit of one option set's words (issue 16 §5). */
export interface AuditTable {
  id: string;
  project_id: string;
  key: string;
  size: number;
  seed: number;
  /** Words the sample was drawn from. */
  population: number;
  created: string;
}

export type AuditAnswer = 'right' | 'wrong' | 'corrected';

/** One sampled word: what was shown (text, box JSON as Bounds) and the answer, once given. */
export interface AuditItemTable {
  audit_id: string;
  /** Position in the sample (draw order), from 0. */
  n: number;
  document_id: string;
  run_id: string;
  page: number;
  /** Field index of the word in its image. */
  field: number;
  text: string;
  confidence: number;
  box: string | null;
  answer: AuditAnswer | null;
  correction: string | null;
  reviewer: string | null;
  answered: string | null;
}

export interface Database {
  projects: ProjectTable;
  blobs: BlobTable;
  documents: DocumentTable;
  runs: RunTable;
  batches: BatchTable;
  jobs: JobTable;
  ground_truth: GroundTruthTable;
  ground_truth_changes: GroundTruthChangeTable;
  audits: AuditTable;
  audit_items: AuditItemTable;
}
