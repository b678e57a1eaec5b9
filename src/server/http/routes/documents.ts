import type { FastifyInstance } from 'fastify';
import { invalidBody } from '../../errors.ts';
import { sortUpload } from '../../intake/documents.ts';
import { stem } from '../../intake/names.ts';
import { readUpload } from '../../intake/readUpload.ts';
import { sendAttachment } from '../download.ts';
import { idFrom, notFound, projectFrom } from './storeContext.ts';
import type { StoreContext } from './storeContext.ts';

export const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  pdf: 'application/pdf',
  tiff: 'image/tiff',
};

/** Documents: upload (files, folders, zips, saved responses beside them), list, bytes, delete. */
export async function documentRoutes(app: FastifyInstance, ctx: StoreContext): Promise<void> {
  const limits = ctx.config.uploads;

  app.post('/api/projects/:id/documents', async (request, reply) => {
    if (!request.isMultipart())
      throw invalidBody("Send documents as multipart/form-data, one part named 'file' per file.");
    const store = await ctx.stores.get();
    const project = await projectFrom(request.params, store);
    const files = await readUpload(request.parts(), limits);
    const sorted = await sortUpload(files, ctx.config);
    // A response without its document in this upload pairs with a stored document of that name,
    // or with the one `?document=` names (two files of one name, "scan.pdf", are two documents).
    const target = (request.query as { document?: unknown }).document;
    if (target !== undefined && (typeof target !== 'string' || sorted.orphanResponses.length !== 1))
      throw invalidBody(
        '?document= takes one document id, with exactly one .json response to import for it.',
      );
    const stored = sorted.orphanResponses.length > 0 ? await store.listDocuments(project.id) : [];
    const imports = sorted.orphanResponses.map((r) => {
      const doc = stored.find((d) => (target ? d.id === target : stem(d.name) === stem(r.name)));
      if (!doc && target) throw invalidBody(`No document ${String(target)} in this project for ${r.name}.`);
      if (!doc)
        throw invalidBody(`${r.name} has no document of the same name (e.g. ${stem(r.name)}.png) beside it.`);
      return { documentId: doc.id, response: r.response };
    });
    const docs = await store.addDocuments(project.id, sorted.documents, imports);
    return reply.code(201).send(docs);
  });

  app.get('/api/projects/:id/documents', async (request) => {
    const store = await ctx.stores.get();
    return store.listDocuments((await projectFrom(request.params, store)).id);
  });

  app.get('/api/documents/:id', async (request) => {
    const doc = await (await ctx.stores.get()).getDocument(idFrom(request.params, 'document'));
    if (!doc) throw notFound('document');
    return doc;
  });

  app.get('/api/documents/:id/file', async (request, reply) => {
    const file = await (await ctx.stores.get()).getDocumentFile(idFrom(request.params, 'document'));
    if (!file) throw notFound('document');
    // A download, never a page: the true type, attachment, and no powers if opened anyway.
    return sendAttachment(reply, {
      bytes: file.bytes,
      name: file.document.name.slice(file.document.name.lastIndexOf('/') + 1),
      contentType: CONTENT_TYPES[file.document.format] ?? 'application/octet-stream',
    });
  });

  app.delete('/api/documents/:id', async (request, reply) => {
    const deleted = await (await ctx.stores.get()).deleteDocument(idFrom(request.params, 'document'));
    if (!deleted) throw notFound('document');
    return reply.code(204).send();
  });
}
