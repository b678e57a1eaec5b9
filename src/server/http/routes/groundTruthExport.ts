import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Zippable } from 'fflate';
import { EXPORT_FORMATS, isExportFormat } from '../../../model/groundTruth/index.ts';
import type { ExportFormat } from '../../../model/groundTruth/index.ts';
import { invalidBody } from '../../errors.ts';
import {
  addToZip,
  baseNameOf,
  contentTypeOf,
  documentExportFiles,
  safeName,
  zipFiles,
} from '../../groundTruth/exportFiles.ts';
import { readGroundTruth } from '../../groundTruth/queries.ts';
import { documentsOf } from '../../store/documents.ts';
import { nowIso } from '../../store/ids.ts';
import type { Project } from '../../store/projects.ts';
import { sendAttachment } from '../download.ts';
import { documentOf, noGroundTruth } from './groundTruth.ts';
import { notFound } from './storeContext.ts';
import type { StoreContext } from './storeContext.ts';

interface ExportQuery {
  format: ExportFormat;
  reviewedOnly: boolean;
}

/** `?format=` (required) and `?reviewedOnly=true` (training sets from reviewed words only). */
export function exportQuery(query: unknown): ExportQuery {
  const q = (query ?? {}) as Record<string, unknown>;
  const format = q.format;
  if (typeof format !== 'string' || !isExportFormat(format))
    throw invalidBody(`format must be one of ${EXPORT_FORMATS.join(', ')}.`);
  const flag = q.reviewedOnly;
  if (flag !== undefined && flag !== 'true' && flag !== 'false' && flag !== '1' && flag !== '0')
    throw invalidBody('reviewedOnly must be true or false.');
  return { format, reviewedOnly: flag === 'true' || flag === '1' };
}

const sendZip = (reply: FastifyReply, zip: Zippable, name: string) =>
  sendAttachment(reply, { bytes: zipFiles(zip), name, contentType: 'application/zip' });

/**
 * Ground-truth exports (issue 15 §7): one document in one format (the file itself, or a .zip
 * when there are several), and a whole project as one .zip with a folder per document.
 */
export async function groundTruthExportRoutes(app: FastifyInstance, ctx: StoreContext): Promise<void> {
  app.get('/api/documents/:id/export', async (request, reply) => {
    const { g, id } = await documentOf(ctx, request.params);
    const { format, reviewedOnly } = exportQuery(request.query);
    const gt = await readGroundTruth(g, id);
    if (!gt) throw noGroundTruth();
    const stored = await (await ctx.stores.get()).getDocumentFile(id);
    if (!stored) throw notFound('document');
    const files = await documentExportFiles({
      gt,
      format,
      documentName: stored.document.name,
      file: { format: stored.document.format, bytes: stored.bytes },
      tmpRoot: ctx.config.tmpDir,
      reviewedOnly,
      now: nowIso(),
    });
    if (files.length === 1)
      return sendAttachment(reply, {
        bytes: files[0].data,
        name: files[0].name,
        contentType: contentTypeOf(files[0].name),
      });
    const zip: Zippable = {};
    addToZip(zip, files);
    return sendZip(reply, zip, `${baseNameOf(stored.document.name)}.${format}.zip`);
  });
}

/**
 * GET /api/projects/:id/export?format=…: every document's ground truth in one .zip, a folder
 * per document. A document never reviewed is exported from its latest done run (every word
 * unreviewed, as GET .../groundtruth shows it) unless reviewedOnly is set; documents with no
 * done run, or nothing reviewed under reviewedOnly, are skipped and named in skipped.txt.
 */
export async function sendProjectGroundTruth(
  ctx: StoreContext,
  project: Project,
  query: unknown,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { format, reviewedOnly } = exportQuery(query);
  const store = await ctx.stores.get();
  const g = { db: store.db, dialect: store.dialect };
  const zip: Zippable = {};
  const skipped: string[] = [];
  const folders = new Set<string>();
  const now = nowIso();
  for (const doc of await documentsOf(store.db, project.id)) {
    const gt = await readGroundTruth(g, doc.id);
    if (!gt) {
      skipped.push(`${doc.name}\tno done run`);
      continue;
    }
    if (reviewedOnly && gt.images.every((i) => i.fields.every((f) => f.review === 'unreviewed'))) {
      skipped.push(`${doc.name}\tnothing reviewed`);
      continue;
    }
    const stored = await store.getDocumentFile(doc.id);
    if (!stored) continue; // deleted meanwhile
    const files = await documentExportFiles({
      gt,
      format,
      documentName: doc.name,
      file: { format: doc.format, bytes: stored.bytes },
      tmpRoot: ctx.config.tmpDir,
      reviewedOnly,
      now,
    });
    addToZip(zip, files, uniqueFolder(folders, baseNameOf(doc.name)));
  }
  if (skipped.length > 0) zip['skipped.txt'] = new TextEncoder().encode(`${skipped.join('\n')}\n`);
  return sendZip(reply, zip, `${safeName(project.name, 'project')}.${format}.zip`);
}

function uniqueFolder(taken: Set<string>, base: string): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}
