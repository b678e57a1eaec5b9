import type { Kysely } from 'kysely';
import { getBlob } from './blobs.ts';
import { cancelBatch, createBatch, getBatch, listBatches } from './batches.ts';
import { addDocuments, deleteDocument, getDocument, getDocumentFile, listDocuments } from './documents.ts';
import type { NewDocument } from './documents.ts';
import type { Dialect } from './migrations.ts';
import { connect, migrate } from './open.ts';
import type { StoreLocation } from './open.ts';
import type { OptionSet } from './optionSet.ts';
import { createProject, deleteProject, getProject, inbox, listProjects, renameProject } from './projects.ts';
import { claimRun, finishRun, releaseRun, renewClaims } from './queue.ts';
import { getRun, getRunResponse } from './runs.ts';
import type { Database } from './schema.ts';

/**
 * The store: projects, documents (bytes content-addressed), runs, batches and their queue, in
 * SQLite or PostgreSQL through one Kysely schema. Later features (ground truth, reports) add
 * their tables by migration and their queries beside these, on `db`.
 */
export class Store {
  private constructor(
    readonly db: Kysely<Database>,
    readonly dialect: Dialect,
  ) {}

  /** Opens the database and applies the migrations it lacks. */
  static async open(where: StoreLocation): Promise<Store> {
    const open = connect(where);
    try {
      await migrate(open);
    } catch (err) {
      await open.db.destroy();
      throw err;
    }
    return new Store(open.db, open.dialect);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  // Projects
  createProject = (name: string) => createProject(this.db, name);
  inbox = () => inbox(this.db);
  getProject = (id: string) => getProject(this.db, id);
  listProjects = () => listProjects(this.db);
  renameProject = (id: string, name: string) => renameProject(this.db, id, name);
  deleteProject = (id: string) => deleteProject(this.db, id);

  // Documents
  addDocuments = (
    projectId: string,
    docs: NewDocument[],
    imports?: { documentId: string; response: string }[],
  ) => addDocuments(this.db, projectId, docs, imports);
  listDocuments = (projectId: string) => listDocuments(this.db, projectId);
  getDocument = (id: string) => getDocument(this.db, id);
  getDocumentFile = (id: string) => getDocumentFile(this.db, id);
  deleteDocument = (id: string) => deleteDocument(this.db, id);
  getBlob = (sha256: string) => getBlob(this.db, sha256);

  // Runs
  getRun = (id: string) => getRun(this.db, id);
  getRunResponse = (id: string) => getRunResponse(this.db, id);

  // Batches and their queue
  createBatch = (projectId: string, options: OptionSet) => createBatch(this.db, projectId, options);
  getBatch = (id: string) => getBatch(this.db, id);
  listBatches = (projectId: string) => listBatches(this.db, projectId);
  cancelBatch = (id: string) => cancelBatch(this.db, id);
  claimRun = (owner: string, leaseMs: number) => claimRun(this.db, this.dialect, owner, leaseMs);
  renewClaims = (owner: string, ids: string[], leaseMs: number) => renewClaims(this.db, owner, ids, leaseMs);
  finishRun = (owner: string, id: string, outcome: Parameters<typeof finishRun>[3]) =>
    finishRun(this.db, owner, id, outcome);
  releaseRun = (owner: string, id: string) => releaseRun(this.db, owner, id);
}
