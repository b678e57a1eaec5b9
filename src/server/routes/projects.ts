import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bodyOf, idFrom, notFound, projectFrom } from './storeContext.ts';
import type { StoreContext } from './storeContext.ts';

export const ProjectNameBody = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(200, { message: 'is longer than 200 characters' }),
});

/** Projects: list (the Inbox always among them), create, read, rename, delete. */
export async function projectRoutes(app: FastifyInstance, ctx: StoreContext): Promise<void> {
  app.get('/api/projects', async () => {
    const store = await ctx.stores.get();
    await store.inbox();
    return store.listProjects();
  });

  app.post('/api/projects', async (request, reply) => {
    const { name } = bodyOf(ProjectNameBody, request.body);
    const project = await (await ctx.stores.get()).createProject(name);
    return reply.code(201).send({ ...project, documents: 0 });
  });

  app.get('/api/projects/:id', async (request) => {
    const store = await ctx.stores.get();
    const project = await projectFrom(request.params, store);
    const summary = (await store.listProjects()).find((p) => p.id === project.id);
    return { ...project, documents: summary?.documents ?? 0, batches: await store.listBatches(project.id) };
  });

  app.patch('/api/projects/:id', async (request) => {
    const { name } = bodyOf(ProjectNameBody, request.body);
    const project = await (await ctx.stores.get()).renameProject(idFrom(request.params, 'project'), name);
    if (!project) throw notFound('project');
    return project;
  });

  app.delete('/api/projects/:id', async (request, reply) => {
    const deleted = await (await ctx.stores.get()).deleteProject(idFrom(request.params, 'project'));
    if (!deleted) throw notFound('project');
    return reply.code(204).send();
  });
}
