/**
 * `npm run bench`: every benchmark of issue #5, one after another (they time things, so never in
 * parallel). Prints one JSON line per metric as soon as it is known, then a human summary. Exits 0
 * whether targets are met or not: it reports, it does not gate.
 *   npm run bench                      all benchmarks
 *   npm run bench -- --only relay,engine   the benchmarks whose metrics start with these
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { buildAppForBench, type AppBuild } from './appBuild.ts';
import { runBounded, type Benchmark } from './benchmark.ts';
import { jsonLine, type Metric } from './metric.ts';
import { pageTouchMicros, transparentHugepages } from './pageTouch.ts';
import { summaryTable } from './summary.ts';

let build: Promise<AppBuild> | undefined;
const distDir = async () => (await (build ??= buildAppForBench())).dir;

// Modules load when their benchmark starts: code that does not load (another part of the project
// mid-change) fails that benchmark's lines only, not the whole run.
const BENCHMARKS: Benchmark[] = [
  {
    name: 'initial bundle',
    metrics: ['bundle.initial_gzip_kb'],
    timeoutMs: 90_000,
    run: async (s) => (await import('./bundleSize.ts')).measureBundleSize(s, distDir),
  },
  {
    name: 'overlay (browser)',
    metrics: ['overlay.first_draw_ms', 'overlay.frame_p95_ms', 'overlay.hover_p95_ms', 'overlay.restyle_ms'],
    timeoutMs: 240_000,
    run: async (s) => (await import('./browser/overlay.ts')).measureOverlay(s, distDir),
  },
  {
    name: 'PDF first page (browser)',
    metrics: ['pdf.first_page_ms'],
    timeoutMs: 180_000,
    run: async (s) => (await import('./browser/pdfFirstPage.ts')).measurePdfFirstPage(s, distDir),
  },
  {
    name: 'TIFF longest task (browser)',
    metrics: ['tiff.longest_task_ms'],
    timeoutMs: 180_000,
    run: async (s) => (await import('./browser/tiffLongTask.ts')).measureTiffLongTask(s, distDir),
  },
  {
    name: 'project list first paint (browser)',
    metrics: ['project.first_paint_5000_ms'],
    timeoutMs: 240_000,
    run: async (s) => (await import('./browser/projectList.ts')).measureProjectFirstPaint(s, distDir),
  },
  {
    name: 'proofreading next word (browser)',
    metrics: ['proof.next_word_p95_ms'],
    timeoutMs: 240_000,
    run: async (s) => (await import('./browser/proofNextWord.ts')).measureProofNextWord(s, distDir),
  },
  {
    name: 'text layer first draw (browser)',
    metrics: ['proof.text_layer_first_draw_ms'],
    timeoutMs: 240_000,
    run: async (s) => (await import('./browser/textLayer.ts')).measureTextLayer(s, distDir),
  },
  {
    name: 'relay overhead',
    metrics: ['relay.overhead_p50_ms'],
    timeoutMs: 120_000,
    run: async (s) => (await import('./relayOverhead.ts')).measureRelayOverhead(s),
  },
  {
    name: 'relay peak RSS',
    metrics: ['relay.peak_rss_mb'],
    timeoutMs: 120_000,
    run: async (s) => (await import('./relayPeakRss.ts')).measureRelayPeakRss(s),
  },
  {
    name: 'engine page ratio',
    metrics: ['engine.page_ratio'],
    timeoutMs: 240_000,
    run: async (s) => (await import('./enginePageRatio.ts')).measureEnginePageRatio(s),
  },
  {
    name: 'engine rotated pages',
    metrics: ['engine.rotated_cer'],
    timeoutMs: 300_000,
    run: async (s) => (await import('./rotatedCer.ts')).measureRotatedCer(s),
  },
  {
    name: 'engine 10-page PDF',
    metrics: ['engine.pdf10_speedup'],
    timeoutMs: 360_000,
    run: async (s) => (await import('./enginePdf10.ts')).measureEnginePdf10(s),
  },
  {
    name: 'engine tables and low resolution',
    metrics: ['engine.table_cell_cer', 'engine.lowres_cer'],
    timeoutMs: 300_000,
    run: async (s) => (await import('./engineTables.ts')).measureEngineTables(s),
  },
  {
    name: 'store list',
    metrics: ['store.list_5000_p50_ms'],
    timeoutMs: 180_000,
    run: async (s) => (await import('./storeList.ts')).measureStoreList(s),
  },
  {
    name: 'batch speedup',
    metrics: ['batch.speedup'],
    timeoutMs: 600_000,
    run: async (s) => (await import('./batchSpeedup.ts')).measureBatchSpeedup(s),
  },
  {
    name: 'quality report',
    metrics: ['report.500docs_ms'],
    timeoutMs: 300_000,
    run: async (s) => (await import('./reportCompute.ts')).measureReportCompute(s),
  },
  {
    name: 'photo CER',
    metrics: ['engine.photo_cer_mean'],
    timeoutMs: 300_000,
    run: async () => (await import('./photoCer.ts')).measurePhotoCer(),
  },
  {
    name: 'photo set (checking half) and confidence calibration',
    metrics: ['engine.photo_cer', 'engine.confidence_ece'],
    timeoutMs: 600_000,
    run: async (s) => (await import('./photoSet/measure.ts')).measurePhotoSet(s),
  },
];

function selected(argv: string[]): Benchmark[] {
  const i = argv.indexOf('--only');
  if (i < 0) return BENCHMARKS;
  const prefixes = (argv[i + 1] ?? '').split(',').filter(Boolean);
  return BENCHMARKS.filter((b) => b.metrics.some((m) => prefixes.some((p) => m.startsWith(p))));
}

/** Notes the 1-minute load average around a benchmark in its detail: figures depend on it. */
function withLoad(m: Metric, before: number, after: number): Metric {
  const load1m = `${before.toFixed(2)} → ${after.toFixed(2)}`;
  const detail = typeof m.detail === 'object' && m.detail !== null ? m.detail : { note: m.detail };
  return { ...m, detail: { ...detail, load1m } };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

const startLoad = load();
// Measured before anything else runs: the machine's cost of fresh memory, which every browser figure pays.
const touchUs = pageTouchMicros();
const thp = transparentHugepages();
const t0 = performance.now();
const results: Metric[] = [];
try {
  for (const b of selected(process.argv.slice(2))) {
    process.stderr.write(`bench: ${b.name}…\n`);
    const t = performance.now();
    const before = loadavg()[0];
    const metrics = (await runBounded(b)).map((m) => withLoad(m, before, loadavg()[0]));
    process.stderr.write(`bench: ${b.name} took ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    for (const m of metrics) console.log(jsonLine(m));
    results.push(...metrics);
  }
} finally {
  await (await build?.catch(() => undefined))?.remove();
}

console.log('');
console.log(
  summaryTable(results, [
    `Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`,
    `Memory: the first write to a fresh 4 KB page takes ${touchUs.toFixed(2)} µs` +
      (thp ? ` (transparent hugepages: ${thp}).` : '.'),
    `Load average (1/5/15 min): ${startLoad} at start, ${load()} at end; total ${((performance.now() - t0) / 1000).toFixed(0)} s.`,
    '',
  ]),
);
// Reports, never gates; and no stray handle (browser, sockets) may keep the process alive.
process.exit(0);
