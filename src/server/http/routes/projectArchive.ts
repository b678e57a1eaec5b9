import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { invalidBody } from '../../errors.ts';
import { sniffContainer } from '../../input/magic.ts';
import { readUpload } from '../../intake/readUpload.ts';
import { ManifestSchema, MANIFEST_FORMAT, importProject, projectForExport } from '../../store/archive.ts';
import type { ImportedDocument, Manifest } from '../../store/archive.ts';
import { getBlob } from '../../store/blobs.ts';
import {
  ArchivedChangesSchema,
  bodyProblem,
  changesFile,
  groundTruthForExport,
} from '../../store/archiveGroundTruth.ts';
import type {
  ArchivedGroundTruth,
  ImportedGroundTruth,
  StoredGroundTruth,
} from '../../store/archiveGroundTruth.ts';
import { nowIso } from '../../store/ids.ts';
import { sendProjectGroundTruth } from './groundTruthExport.ts';
import { projectFrom } from './storeContext.ts';
import type { StoreContext } from './storeContext.ts';

const CONTAINER_FORMAT = { jpeg: 'jpg', png: 'png', pdf: 'pdf', tiff: 'tiff' } as const;

/**
 * A project as one .zip: `manifest.json` (names, formats, pages, runs with their options and
 * outcomes), `documents/<n>/<name>` (the bytes as uploaded) and `runs/<n>/<key>.json` (each done
 * run's CLOVA response as stored), and where a document has ground truth `groundtruth/<n>/`
 * (`body.json`, `text.txt`, `changes.json`: see archiveGroundTruth.ts). `POST /api/projects/import`
 * makes a new project from one.
 */
export async function projectArchiveRoutes(app: FastifyInstance, ctx: StoreContext): Promise<void> {
  app.get('/api/projects/:id/export', async (request, reply) => {
    const store = await ctx.stores.get();
    const project = await projectFrom(request.params, store);
    // ?format=… asks for the project's ground truth in that format instead (issue 15 §8).
    if ((request.query as { format?: unknown }).format !== undefined)
      return sendProjectGroundTruth(ctx, project, request.query, reply);
    const { docs, runs } = await projectForExport(store.db, project.id);
    const truths = await groundTruthForExport(store.db, project.id);
    const files: Zippable = {};
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      version: 1,
      exported: nowIso(),
      project: { name: project.name },
      documents: [],
    };
    for (const [i, d] of docs.entries()) {
      const file = `documents/${i + 1}/${d.name}`;
      // Images and PDFs are compressed already: stored, not deflated again.
      files[file] = [new Uint8Array((await getBlob(store.db, d.sha256)) ?? Buffer.alloc(0)), { level: 0 }];
      const docRuns = runs.filter((r) => r.document_id === d.id);
      manifest.documents.push({
        name: d.name,
        sha256: d.sha256,
        format: d.format as Manifest['documents'][number]['format'],
        pages: d.pages,
        created: d.created,
        file,
        runs: docRuns.map((r) => {
          const runFile =
            r.response === null ? undefined : `runs/${i + 1}/${r.key.replace(/[^A-Za-z0-9,.-]/g, '_')}.json`;
          if (runFile && r.response !== null) files[runFile] = Buffer.from(r.response);
          return {
            key: r.key,
            options: r.options ? JSON.parse(r.options) : null,
            imported: r.imported === 1,
            status: r.status as 'done' | 'failed',
            ...(r.error_code ? { error: { code: r.error_code, message: r.error_message ?? '' } } : {}),
            created: r.created,
            finished: r.finished,
            ...(runFile ? { file: runFile } : {}),
          };
        }),
      });
      const truth = truths.get(d.id);
      if (truth) {
        const runIndex = docRuns.findIndex((r) => r.id === truth.row.run_id);
        manifest.documents[i].groundTruth = archiveGroundTruth(
          truth,
          runIndex,
          `groundtruth/${i + 1}`,
          files,
        );
      }
    }
    files['manifest.json'] = Buffer.from(JSON.stringify(manifest, null, 2));
    const zip = zipSync(files, { level: 6 });
    const fileName = `${project.name.replace(/[^\p{L}\p{N} ._-]/gu, '_') || 'project'}.zip`;
    return reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
      .send(Buffer.from(zip));
  });

  app.post('/api/projects/import', async (request, reply) => {
    if (!request.isMultipart()) throw invalidBody("Send the project .zip as a multipart part named 'file'.");
    const files = await readUpload(request.parts(), ctx.config.uploads);
    const byName = new Map(files.map((f) => [f.name, f.bytes]));
    const manifestBytes = byName.get('manifest.json');
    if (!manifestBytes)
      throw invalidBody('The zip has no manifest.json: it is not an OCR Inspector project export.');
    let json: unknown;
    try {
      json = JSON.parse(manifestBytes.toString('utf8'));
    } catch {
      throw invalidBody('manifest.json is not valid JSON.');
    }
    const parsed = ManifestSchema.safeParse(json);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      throw invalidBody(`manifest.json: ${i.path.join('.') || '(root)'}: ${i.message}.`);
    }
    const docs: ImportedDocument[] = parsed.data.documents.map((d) => {
      const bytes = byName.get(d.file);
      if (!bytes) throw invalidBody(`manifest.json names ${d.file}, which the zip does not hold.`);
      if (createHash('sha256').update(bytes).digest('hex') !== d.sha256)
        throw invalidBody(`${d.file} does not match its SHA-256 in manifest.json.`);
      const container = sniffContainer(bytes);
      if (!container || CONTAINER_FORMAT[container] !== d.format)
        throw invalidBody(`${d.file} is not the ${d.format} file manifest.json says it is.`);
      const runs = d.runs.map((r) => {
        const response = r.file === undefined ? null : (byName.get(r.file)?.toString('utf8') ?? null);
        if (r.status === 'done' && response === null)
          throw invalidBody(
            `manifest.json names ${r.file ?? 'no file'} for a done run, which the zip does not hold.`,
          );
        return { ...r, response };
      });
      const groundTruth = d.groundTruth && importedGroundTruth(d.groundTruth, d.runs.length, byName);
      return { ...d, bytes, runs, groundTruth };
    });
    const store = await ctx.stores.get();
    const id = await importProject(store.db, parsed.data.project.name, docs);
    return reply.code(201).send({ id, name: parsed.data.project.name, documents: docs.length });
  });
}

/** Writes a document's ground truth into the zip under `dir`; returns its manifest entry. */
function archiveGroundTruth(
  { row, changes }: StoredGroundTruth,
  runIndex: number,
  dir: string,
  files: Zippable,
): ArchivedGroundTruth {
  const entry: ArchivedGroundTruth = {
    revision: row.revision,
    run: runIndex < 0 ? null : runIndex,
    updated: row.updated,
    changes: `${dir}/changes.json`,
  };
  files[entry.changes] = Buffer.from(JSON.stringify(changesFile(changes)));
  if (row.body !== null) files[(entry.body = `${dir}/body.json`)] = Buffer.from(row.body);
  if (row.truth_text !== null) files[(entry.text = `${dir}/text.txt`)] = Buffer.from(row.truth_text);
  return entry;
}

/** A manifest's ground-truth entry with its files read and checked (400 naming what is wrong). */
function importedGroundTruth(
  entry: ArchivedGroundTruth,
  runs: number,
  byName: Map<string, Buffer>,
): ImportedGroundTruth {
  const read = (file: string | undefined) => {
    if (file === undefined) return null;
    const bytes = byName.get(file);
    if (!bytes) throw invalidBody(`manifest.json names ${file}, which the zip does not hold.`);
    return bytes.toString('utf8');
  };
  if (entry.run !== null && entry.run >= runs)
    throw invalidBody(
      `manifest.json: a ground truth names run ${entry.run}, which its document does not have.`,
    );
  const body = read(entry.body);
  const problem = body === null ? null : bodyProblem(body);
  if (problem) throw invalidBody(`${entry.body} ${problem}.`);
  let changes: unknown;
  try {
    changes = JSON.parse(read(entry.changes) ?? '');
  } catch {
    throw invalidBody(`${entry.changes} is not valid JSON.`);
  }
  const log = ArchivedChangesSchema.safeParse(changes);
  const revisions = log.success ? log.data.map((c) => c.revision) : [];
  if (revisions.some((r, k) => r > entry.revision || (k > 0 && r <= revisions[k - 1])))
    throw invalidBody(
      `${entry.changes}: revisions must rise and not pass the ground truth's own (${entry.revision}).`,
    );
  if (!log.success)
    throw invalidBody(`${entry.changes} is not a change log: ${log.error.issues[0].message}.`);
  return {
    revision: entry.revision,
    run: entry.run,
    updated: entry.updated,
    body,
    text: read(entry.text),
    changes: log.data,
  };
}
