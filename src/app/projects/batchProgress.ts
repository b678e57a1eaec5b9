import type { BatchProgress } from './schemas.ts';

/** Whether a batch has nothing left to do (all finished, or cancelled). */
export function batchFinished(p: BatchProgress): boolean {
  if (p.state) return p.state !== 'running';
  return p.queued === 0 && p.running === 0;
}

/** Finished jobs (done or failed) over the total, 0..1; an empty batch is complete. */
export function batchFraction(p: BatchProgress): number {
  return p.total === 0 ? 1 : Math.min(1, (p.done + p.failed) / p.total);
}

/** "7 of 12 done · 1 failed · 2 running · 2 queued" */
export function batchText(p: BatchProgress): string {
  const parts = [`${p.done} of ${p.total} done`];
  if (p.failed) parts.push(`${p.failed} failed`);
  if (p.state === 'cancelled') parts.push('cancelled');
  if (p.running) parts.push(`${p.running} running`);
  if (p.queued) parts.push(`${p.queued} queued`);
  if (p.reused) parts.push(`${p.reused} reused`);
  if (p.cancelledJobs) parts.push(`${p.cancelledJobs} of the failed cancelled`);
  return parts.join(' · ');
}
