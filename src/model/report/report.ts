import { errorRate, sumCounts } from '../review/metrics.ts';
import type { ErrorCount } from '../review/metrics.ts';
import { BOOTSTRAP_ITERATIONS, BOOTSTRAP_SEED, bootstrapRateCi, pairedBootstrapDiffCi } from './bootstrap.ts';
import {
  aurocOfWrong,
  expectedCalibrationError,
  proposeThreshold,
  reliabilityBins,
  thresholdSweep,
} from './calibration.ts';
import type { JudgedWord } from './calibration.ts';
import { ConfusionCounter } from './confusions.ts';
import { evaluateDocument, worstPage } from './evaluate.ts';
import type { DocumentEvaluation } from './evaluate.ts';
import { agreement, agreementShare, ConfidenceCounter } from './noTruth.ts';
import type { RunPage, TruthPage } from './pages.ts';
import { dominantScript } from './script.ts';
import type { Script } from './script.ts';
import type { LanguageSplit, Report, ReportDocument, SetAgreement, SetDiff, SetReport } from './types.ts';

/** A document as the report reads it: its ground truth (null: none) and its runs' pages by set key. */
export interface ReportDocumentInput {
  id: string;
  name: string;
  truth: TruthPage[] | null;
  runs: ReadonlyMap<string, RunPage[]>;
  /**
   * evaluateDocument(truth, run) per set key, when the caller already computed it (the relay
   * does, a document at a time, so a big report does not hold the event loop); else computed here.
   */
  evaluations?: ReadonlyMap<string, DocumentEvaluation>;
}

export interface ReportSetInput {
  key: string;
  options: unknown;
}

export interface ReportOptions {
  /** Share of wrong words the proposed threshold must catch (default 0.95). */
  catchTarget?: number;
}

const rateOrNull = (c: ErrorCount, scored: boolean) => (scored ? errorRate(c) : null);

interface Scored {
  doc: ReportDocumentInput;
  lang: Script;
  evaluation: DocumentEvaluation;
}

function setReport(
  docs: readonly ReportDocumentInput[],
  set: ReportSetInput,
  langs: Map<string, Script>,
  opts: ReportOptions,
): [SetReport, Map<string, Scored>] {
  const scored = new Map<string, Scored>();
  const judged: JudgedWord[] = [];
  const confusions = new ConfusionCounter();
  const confidence = new ConfidenceCounter();
  const rows: ReportDocument[] = [];
  let withRun = 0;
  for (const doc of docs) {
    const run = doc.runs.get(set.key);
    const perDoc = new ConfidenceCounter();
    if (run) {
      withRun++;
      confidence.addPages(run);
      perDoc.addPages(run);
    }
    const mine = perDoc.summary();
    let evaluation: DocumentEvaluation | null = null;
    if (run && doc.truth) {
      evaluation = doc.evaluations?.get(set.key) ?? evaluateDocument(doc.truth, run);
      scored.set(doc.id, { doc, lang: langs.get(doc.id)!, evaluation });
      const byPage = new Map(run.map((p) => [p.page, p]));
      for (const p of evaluation.pages) {
        const words = byPage.get(p.page)?.words ?? [];
        for (const j of p.judged) judged.push(j);
        for (const e of p.edits)
          confusions.add(e, {
            documentId: doc.id,
            page: p.page,
            field: e.word === null ? null : words[e.word].field,
          });
      }
    }
    const chars = evaluation?.chars ?? { errors: 0, length: 0 };
    const words = evaluation?.words ?? { errors: 0, length: 0 };
    rows.push({
      id: doc.id,
      name: doc.name,
      cer: rateOrNull(chars, evaluation !== null),
      wer: rateOrNull(words, evaluation !== null),
      charErrors: chars.errors,
      chars: chars.length,
      wordErrors: words.errors,
      words: words.length,
      worstPage: evaluation ? worstPage(evaluation) : null,
      pages: (evaluation?.pages ?? []).map((p) => ({
        page: p.page,
        cer: errorRate(p.chars),
        wer: errorRate(p.words),
        charErrors: p.chars.errors,
        chars: p.chars.length,
      })),
      lang: doc.truth ? langs.get(doc.id)! : null,
      hasRun: run !== undefined,
      hasGroundTruth: doc.truth !== null,
      meanConfidence: mine.mean,
      doubtfulShare: mine.doubtfulShare,
    });
  }
  const evals = [...scored.values()].map((s) => s.evaluation);
  const chars = sumCounts(evals.map((e) => e.chars));
  const words = sumCounts(evals.map((e) => e.words));
  const bins = reliabilityBins(judged);
  const sweep = thresholdSweep(judged);
  const target = opts.catchTarget ?? 0.95;
  const proposal = judged.length > 0 ? proposeThreshold(sweep, target) : null;
  // Worst first; unscored documents keep project order after the scored ones (sort is stable).
  rows.sort((x, y) => (y.cer ?? -1) - (x.cer ?? -1));
  const report: SetReport = {
    key: set.key,
    options: set.options,
    documentsScored: evals.length,
    documentsWithRun: withRun,
    cer: rateOrNull(chars, evals.length > 0),
    wer: rateOrNull(words, evals.length > 0),
    cerCi95: bootstrapRateCi(evals.map((e) => e.chars)),
    werCi95: bootstrapRateCi(evals.map((e) => e.words)),
    charErrors: chars.errors,
    chars: chars.length,
    wordErrors: words.errors,
    words: words.length,
    documents: rows,
    calibration: {
      bins,
      ece: expectedCalibrationError(bins),
      auroc: aurocOfWrong(judged),
      words: judged.length,
      wrongWords: judged.filter((j) => !j.correct).length,
    },
    sweep,
    proposedThreshold: proposal && { ...proposal, target },
    confusions: confusions.top(),
    languages: languageSplit([...scored.values()]),
    noGroundTruth: confidence.summary(),
  };
  return [report, scored];
}

function languageSplit(scored: readonly Scored[]): LanguageSplit[] {
  const groups = new Map<Script, DocumentEvaluation[]>();
  for (const s of scored) {
    const group = groups.get(s.lang);
    if (group) group.push(s.evaluation);
    else groups.set(s.lang, [s.evaluation]);
  }
  if (groups.size < 2) return [];
  return [...groups].map(([lang, evals]) => ({
    lang,
    documents: evals.length,
    cer: errorRate(sumCounts(evals.map((e) => e.chars))),
    wer: errorRate(sumCounts(evals.map((e) => e.words))),
    cerCi95: bootstrapRateCi(evals.map((e) => e.chars)),
  }));
}

function diff(a: SetReport, sa: Map<string, Scored>, b: SetReport, sb: Map<string, Scored>): SetDiff {
  const both = [...sa.keys()].filter((id) => sb.has(id));
  const pick = (m: Map<string, Scored>, k: 'chars' | 'words') => both.map((id) => m.get(id)!.evaluation[k]);
  const rate = (m: Map<string, Scored>, k: 'chars' | 'words') => errorRate(sumCounts(pick(m, k)));
  const some = both.length > 0;
  const cerDiffCi95 = pairedBootstrapDiffCi(pick(sa, 'chars'), pick(sb, 'chars'));
  const better = cerDiffCi95 && cerDiffCi95[1] < 0 ? b.key : cerDiffCi95 && cerDiffCi95[0] > 0 ? a.key : null;
  return {
    a: a.key,
    b: b.key,
    documents: both.length,
    cerDiff: some ? rate(sb, 'chars') - rate(sa, 'chars') : null,
    cerDiffCi95,
    werDiff: some ? rate(sb, 'words') - rate(sa, 'words') : null,
    werDiffCi95: pairedBootstrapDiffCi(pick(sa, 'words'), pick(sb, 'words')),
    better,
  };
}

function agreementOf(docs: readonly ReportDocumentInput[], a: string, b: string): SetAgreement {
  const total = { aligned: 0, identical: 0, unpaired: 0 };
  for (const d of docs) {
    const ra = d.runs.get(a);
    const rb = d.runs.get(b);
    if (!ra || !rb) continue;
    const c = agreement(ra, rb);
    total.aligned += c.aligned;
    total.identical += c.identical;
    total.unpaired += c.unpaired;
  }
  return { a, b, ...total, share: agreementShare(total) };
}

/**
 * The quality report of these documents for these option sets (issue 16): accuracy with
 * bootstrap intervals, calibration, threshold sweep, confusions, per-language split, paired
 * differences and agreement between every two sets, and confidence without ground truth.
 */
export function buildReport(
  docs: readonly ReportDocumentInput[],
  sets: readonly ReportSetInput[],
  opts: ReportOptions = {},
): Report {
  const langs = new Map<string, Script>();
  for (const d of docs) if (d.truth) langs.set(d.id, dominantScript(d.truth.map((p) => p.text).join(' ')));
  const built = sets.map((s) => setReport(docs, s, langs, opts));
  const diffs: SetDiff[] = [];
  const agreements: SetAgreement[] = [];
  for (let i = 0; i < built.length; i++) {
    for (let j = i + 1; j < built.length; j++) {
      diffs.push(diff(built[i][0], built[i][1], built[j][0], built[j][1]));
      agreements.push(agreementOf(docs, sets[i].key, sets[j].key));
    }
  }
  return {
    documents: docs.length,
    groundTruthDocuments: docs.filter((d) => d.truth !== null).length,
    bootstrap: { iterations: BOOTSTRAP_ITERATIONS, seed: BOOTSTRAP_SEED },
    sets: built.map(([r]) => r),
    diffs,
    agreement: agreements,
  };
}
