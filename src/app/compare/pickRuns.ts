import type { CompareRun } from './compareRuns.ts';

/**
 * The two runs to compare: the chosen ones while they still exist, else the first two distinct
 * runs (A the earlier). Null when fewer than two runs exist.
 */
export function pickRuns(
  runs: readonly CompareRun[],
  aId: string | null,
  bId: string | null,
): { a: CompareRun; b: CompareRun } | null {
  if (runs.length < 2) return null;
  const byId = (id: string | null) => runs.find((r) => r.id === id) ?? null;
  const a = byId(aId) ?? runs.find((r) => r.id !== bId) ?? runs[0];
  const b = byId(bId) ?? runs.find((r) => r.id !== a.id)!;
  return a.id === b.id ? { a, b: runs.find((r) => r.id !== a.id)! } : { a, b };
}
