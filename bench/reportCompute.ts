import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measured, type Metric } from './metric.ts';
import { median, round } from './stats.ts';
import { projectReport } from '../src/server/report/build.ts';
import { Store } from '../src/server/store/store.ts';
import { seedReportProject } from '../test/support/store/reportData.ts';

const DOCUMENTS = 500;
const WORDS = 200;
const ROUNDS = 5;
const KEYS = ['tesseract|V2|ko|false', 'clova|V2|ko,ja|false'];

/**
 * report.500docs_ms: the quality report of a 500-document project (200 words a page, ground truth
 * for every document, half as text and half as reviewed boxes) for two option sets, computed by
 * the relay's own code from a SQLite store: loading runs and ground truth, alignment, bootstrap,
 * calibration, confusions and agreement. Median of 5 after one warm-up; seeded synthetic data.
 */
export async function measureReportCompute(signal: AbortSignal): Promise<Metric[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-report-'));
  const store = await Store.open({ kind: 'sqlite', dir });
  try {
    const { projectId } = await seedReportProject(store, {
      documents: DOCUMENTS,
      words: WORDS,
      seed: 500,
      sets: [
        { key: KEYS[0], errorRate: 0.08 },
        { key: KEYS[1], errorRate: 0.03 },
      ],
    });
    const times: number[] = [];
    // CPU time beside wall time: on a machine shared with other work the wall figure mostly
    // measures the wait for a core; the process's CPU time says what the report itself costs.
    const cpu: number[] = [];
    let cer: (number | null)[] = [];
    for (let i = 0; i <= ROUNDS; i++) {
      signal.throwIfAborted();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const report = await projectReport(store.db, projectId, KEYS);
      const ms = performance.now() - t0;
      const c = process.cpuUsage(c0);
      if (i > 0) {
        times.push(ms);
        cpu.push((c.user + c.system) / 1000);
      }
      cer = report.sets.map((s) => s.cer);
    }
    return [
      measured('report.500docs_ms', round(median(times)), {
        documents: DOCUMENTS,
        wordsPerDocument: WORDS,
        sets: KEYS.length,
        cer: cer.map((c) => (c === null ? null : round(c, 4))),
        cpuMedianMs: round(median(cpu)),
        minMs: round(Math.min(...times)),
        maxMs: round(Math.max(...times)),
      }),
    ];
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
