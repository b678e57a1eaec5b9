import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { answerItem, auditItems, auditProgress, createAudit, listAudits } from '../../report/audits.ts';
import { correctGroundTruth } from '../../report/auditTruth.ts';
import { chooseKeys, projectKeys } from '../../report/load.ts';
import { invalidBody } from '../../errors.ts';
import { bodyOf, idFrom, notFound, projectFrom } from './storeContext.ts';
import type { StoreContext } from './storeContext.ts';

const MAX_AUDIT = 10_000;

const AuditBody = z.strictObject({
  key: z.string().min(1).max(200),
  size: z.number().int().min(1).max(MAX_AUDIT).default(200),
  /** Same seed, same sample (for the same runs); a random one when not given. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
});

const AnswerBody = z
  .strictObject({
    answer: z.enum(['right', 'wrong', 'corrected']),
    text: z.string().max(10_000).optional(),
    reviewer: z.string().trim().min(1).max(100).optional(),
  })
  .refine((b) => b.answer !== 'corrected' || (b.text ?? '').trim() !== '', {
    message: 'a correction needs the right text',
    path: ['text'],
  });

/**
 * Sampling audits (issue 16 §5): draw a seeded sample of one option set's words, list its items
 * (page and box, for the app's crop), answer them, and read the estimate with its interval.
 */
export async function auditRoutes(app: FastifyInstance, ctx: StoreContext): Promise<void> {
  app.post('/api/projects/:id/audits', async (request, reply) => {
    const body = bodyOf(AuditBody, request.body);
    const store = await ctx.stores.get();
    const project = await projectFrom(request.params, store);
    chooseKeys([body.key], await projectKeys(store.db, project.id));
    const seed = body.seed ?? Math.floor(Math.random() * 2 ** 31);
    const id = await createAudit(store.db, project.id, body.key, body.size, seed);
    return reply.code(201).send(await auditProgress(store.db, id));
  });

  app.get('/api/projects/:id/audits', async (request) => {
    const store = await ctx.stores.get();
    return listAudits(store.db, (await projectFrom(request.params, store)).id);
  });

  app.get('/api/audits/:id', async (request) => {
    const progress = await auditProgress((await ctx.stores.get()).db, idFrom(request.params, 'audit'));
    if (!progress) throw notFound('audit');
    return progress;
  });

  app.get('/api/audits/:id/items', async (request) => {
    const store = await ctx.stores.get();
    const id = idFrom(request.params, 'audit');
    if (!(await auditProgress(store.db, id))) throw notFound('audit');
    return auditItems(store.db, id);
  });

  app.put('/api/audits/:id/items/:n', async (request) => {
    const store = await ctx.stores.get();
    const id = idFrom(request.params, 'audit');
    const n = Number((request.params as { n?: string }).n);
    if (!Number.isInteger(n) || n < 0) throw invalidBody('The item number must be a whole number from 0.');
    const body = bodyOf(AnswerBody, request.body);
    const correction = body.answer === 'corrected' ? (body.text ?? '') : null;
    const item = await answerItem(store.db, id, n, {
      answer: body.answer,
      correction,
      reviewer: body.reviewer ?? null,
    });
    if (!item) throw notFound('audit item');
    const groundTruth =
      correction === null
        ? null
        : await correctGroundTruth(store.db, item, correction, body.reviewer ?? 'audit');
    return { item, groundTruth, progress: await auditProgress(store.db, id) };
  });
}
