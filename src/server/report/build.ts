import type { Kysely } from 'kysely';
import { evaluateDocument } from '../../model/report/evaluate.ts';
import type { DocumentEvaluation } from '../../model/report/evaluate.ts';
import { buildReport } from '../../model/report/report.ts';
import type { Report } from '../../model/report/types.ts';
import { RelayError } from '../errors.ts';
import type { Database } from '../store/schema.ts';
import { QueueFullError, Semaphore } from '../util/semaphore.ts';
import { chooseKeys, loadReportInput, projectKeys } from './load.ts';

/** Documents evaluated between two turns of the event loop. */
const DOCUMENTS_PER_TURN = 10;

// Reports are CPU work: one at a time per relay, a few waiting, the rest told to come back.
const reports = new Semaphore(1, 4);

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A project's quality report for the option sets asked (all it has when none is asked). The
 * alignments, the bulk of the work, run a few documents per turn of the event loop, so the relay
 * keeps answering other requests while a large report is computed.
 */
export async function projectReport(
  db: Kysely<Database>,
  projectId: string,
  asked: readonly string[],
  catchTarget?: number,
): Promise<Report> {
  const keys = chooseKeys(asked, await projectKeys(db, projectId));
  try {
    return await reports.run(async () => {
      const { docs, sets } = await loadReportInput(db, projectId, keys);
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        if (d.truth) {
          const evaluations = new Map<string, DocumentEvaluation>();
          for (const [key, run] of d.runs) evaluations.set(key, evaluateDocument(d.truth, run));
          d.evaluations = evaluations;
        }
        if (i % DOCUMENTS_PER_TURN === DOCUMENTS_PER_TURN - 1) await nextTurn();
      }
      return buildReport(docs, sets, { catchTarget });
    });
  } catch (err) {
    if (err instanceof QueueFullError)
      throw new RelayError('0500', 'The relay is computing other reports; try again in a moment.', 503);
    throw err;
  }
}
