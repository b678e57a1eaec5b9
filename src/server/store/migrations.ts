import type { Kysely, Migration, MigrationProvider } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/**
 * The schema's versions, oldest first. Never edit a released migration: add the next one. Each
 * takes the dialect only for the byte column's type; everything else is the same in both.
 */
function migrations(dialect: Dialect): Record<string, Migration> {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    '001_documents_and_runs': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('projects')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.unique())
          .addColumn('created', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('blobs')
          .addColumn('sha256', 'text', (c) => c.primaryKey())
          .addColumn('bytes', bytes, (c) => c.notNull())
          .addColumn('size', 'integer', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('documents')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('sha256', 'text', (c) => c.notNull().references('blobs.sha256'))
          .addColumn('format', 'text', (c) => c.notNull())
          .addColumn('pages', 'integer', (c) => c.notNull())
          .addColumn('size', 'integer', (c) => c.notNull())
          .addColumn('created', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('documents_by_project')
          .on('documents')
          .columns(['project_id', 'created'])
          .execute();
        await db.schema.createIndex('documents_by_sha256').on('documents').column('sha256').execute();
        await db.schema
          .createTable('runs')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('options', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('imported', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('response', 'text')
          .addColumn('error_code', 'text')
          .addColumn('error_message', 'text')
          .addColumn('created', 'text', (c) => c.notNull())
          .addColumn('started', 'text')
          .addColumn('finished', 'text')
          .addColumn('claimed_by', 'text')
          .addColumn('lease_until', 'text')
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        // At most one run per document and option set: the database itself refuses a second.
        await db.schema
          .createIndex('runs_one_per_key')
          .on('runs')
          .columns(['document_id', 'key'])
          .unique()
          .execute();
        await db.schema.createIndex('runs_by_status').on('runs').columns(['status', 'created']).execute();
      },
    },
    '002_batches_and_jobs': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('batches')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('options', 'text', (c) => c.notNull())
          .addColumn('created', 'text', (c) => c.notNull())
          .addColumn('cancelled', 'text')
          .execute();
        await db.schema
          .createTable('jobs')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('batch_id', 'text', (c) => c.notNull().references('batches.id').onDelete('cascade'))
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('run_id', 'text', (c) => c.notNull().references('runs.id').onDelete('cascade'))
          .addColumn('reused', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema.createIndex('jobs_by_batch').on('jobs').column('batch_id').execute();
        await db.schema.createIndex('jobs_by_run').on('jobs').column('run_id').execute();
      },
    },
    '003_ground_truth': {
      async up(db: Kysely<unknown>) {
        // One row per reviewed document: the store form of its ground truth (issue 15), written
        // only through applyChanges / matchToRun / PUT text, each bumping the revision.
        await db.schema
          .createTable('ground_truth')
          .addColumn('document_id', 'text', (c) =>
            c.primaryKey().references('documents.id').onDelete('cascade'),
          )
          .addColumn('revision', 'integer', (c) => c.notNull())
          .addColumn('body', 'text')
          .addColumn('truth_text', 'text')
          .addColumn('run_id', 'text')
          .addColumn('updated', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('ground_truth_changes')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('revision', 'integer', (c) => c.notNull())
          .addColumn('reviewer', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('entries', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('ground_truth_changes_by_document')
          .on('ground_truth_changes')
          .columns(['document_id', 'revision'])
          .unique()
          .execute();
      },
    },
    '004_audits': {
      async up(db: Kysely<unknown>) {
        // A sampling audit (issue 16 §5): a seeded sample of one option set's words, each item
        // keeping what was shown (text, box) so answers stay meaningful if runs change later.
        await db.schema
          .createTable('audits')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('size', 'integer', (c) => c.notNull())
          .addColumn('seed', 'integer', (c) => c.notNull())
          .addColumn('population', 'integer', (c) => c.notNull())
          .addColumn('created', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('audits_by_project')
          .on('audits')
          .columns(['project_id', 'created'])
          .execute();
        await db.schema
          .createTable('audit_items')
          .addColumn('audit_id', 'text', (c) => c.notNull().references('audits.id').onDelete('cascade'))
          .addColumn('n', 'integer', (c) => c.notNull())
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('run_id', 'text', (c) => c.notNull())
          .addColumn('page', 'integer', (c) => c.notNull())
          .addColumn('field', 'integer', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('confidence', 'real', (c) => c.notNull())
          .addColumn('box', 'text')
          .addColumn('answer', 'text')
          .addColumn('correction', 'text')
          .addColumn('reviewer', 'text')
          .addColumn('answered', 'text')
          .addPrimaryKeyConstraint('audit_items_pk', ['audit_id', 'n'])
          .execute();
      },
    },
  };
}

/** Migrations kept in code (no files to find at run time): Kysely's Migrator reads them from here. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}

export const MIGRATION_NAMES = Object.keys(migrations('sqlite'));
