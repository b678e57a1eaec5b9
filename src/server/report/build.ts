import type { Kysely } from 'kysely';
import { buildReport } from '../../model/report/report.ts';
import type { Report } from '../../model/report/types.ts';
import type { Database } from '../store/schema.ts';
import { chooseKeys, loadReportInput, projectKeys } from './load.ts';

/** A project's quality report for the option sets asked (all it has when none is asked). */
export async function projectReport(
  db: Kysely<Database>,
  projectId: string,
  asked: readonly string[],
  catchTarget?: number,
): Promise<Report> {
  const keys = chooseKeys(asked, await projectKeys(db, projectId));
  const { docs, sets } = await loadReportInput(db, projectId, keys);
  return buildReport(docs, sets, { catchTarget });
}
