import type { FastifyInstance } from 'fastify';
import { invalidBody } from '../../errors.ts';
import { listAudits } from '../../report/audits.ts';
import { projectReport } from '../../report/build.ts';
import { reportCsv } from '../../report/csv.ts';
import { reportHtml } from '../../report/html.ts';
import { sendAttachment } from '../download.ts';
import { projectFrom } from './storeContext.ts';
import type { StoreContext } from './storeContext.ts';

const FORMATS = ['json', 'csv', 'html'] as const;

/** Query values as a list: `?set=a&set=b` arrives as an array, `?set=a` as a string. */
const listOf = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];

/**
 * The quality report (issue 16 §9): GET /api/projects/:id/report?set=<key>&set=<key>, one entry
 * per option set in the order asked (all the project's when none is), as JSON, or with
 * &format=csv / &format=html as a download. &target=0.9 sets the share of wrong words the
 * proposed review threshold must catch (default 0.95).
 */
export async function reportRoutes(app: FastifyInstance, ctx: StoreContext): Promise<void> {
  app.get('/api/projects/:id/report', async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const format = (listOf(query.format)[0] ?? 'json') as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw invalidBody(`format must be json, csv or html (not "${format}").`);
    const targetText = listOf(query.target)[0];
    const target = targetText === undefined ? undefined : Number(targetText);
    if (target !== undefined && !(target > 0 && target <= 1))
      throw invalidBody('target must be a share of wrong words to catch, above 0 and at most 1 (e.g. 0.95).');
    const store = await ctx.stores.get();
    const project = await projectFrom(request.params, store);
    const report = await projectReport(store.db, project.id, listOf(query.set), target);
    const generated = new Date().toISOString();
    // Sampling audits estimate word accuracy where ground truth is missing: part of the report.
    const audits = await listAudits(store.db, project.id);
    const base = `${project.name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 60) || 'project'}-report`;
    if (format === 'csv')
      return sendAttachment(reply, {
        bytes: Buffer.from(reportCsv(report)),
        name: `${base}.csv`,
        contentType: 'text/csv',
      });
    if (format === 'html')
      return sendAttachment(reply, {
        bytes: Buffer.from(reportHtml(report, project.name, generated, audits)),
        name: `${base}.html`,
        contentType: 'text/html',
      });
    return { projectId: project.id, generated, ...report, audits };
  });
}
