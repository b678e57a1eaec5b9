import { buildDocument, documentStats, doubtfulWords } from '../../model/index.ts';

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
