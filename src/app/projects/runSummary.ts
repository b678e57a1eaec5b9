import { buildDocument } from '../../model/document/document.ts';
import { documentStats } from '../../model/document/stats.ts';
import { doubtfulWords } from '../../model/review/triage.ts';

/** What the list shows of a finished run: computed from its response by the model, never stored. */
export interface RunSummary {
  words: number;
  meanConfidence: number;
  doubtful: number;
}

export function summarizeRun(response: unknown, doubtfulBelow: number): RunSummary {
  const doc = buildDocument(response);
  return {
    words: doc.words.length,
    meanConfidence: documentStats(doc).meanConfidence,
    doubtful: doubtfulWords(doc, doubtfulBelow).length,
  };
}
