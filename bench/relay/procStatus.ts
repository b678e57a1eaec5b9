import { readFileSync, writeFileSync } from 'node:fs';

/** Resident memory of a Linux process, from /proc/<pid>/status. */
export interface Rss {
  /** VmRSS: resident now, in kB. */
  rssKb: number;
  /** VmHWM: the peak resident size since start or the last resetPeak, in kB. */
  peakKb: number;
}

/** Reads VmRSS and VmHWM out of the text of /proc/<pid>/status. */
export function parseStatus(text: string): Rss {
  const kb = (key: string) => {
    const m = new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(text);
    if (!m) throw new Error(`${key} missing from /proc status`);
    return Number(m[1]);
  };
  return { rssKb: kb('VmRSS'), peakKb: kb('VmHWM') };
}

export function readRss(pid: number): Rss {
  return parseStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
}

/**
 * Resets VmHWM to the current RSS (Linux: writing 5 to clear_refs), so a later peak belongs to
 * what ran after the reset. Returns false where the kernel does not allow it.
 */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples VmRSS every `everyMs` until stopped; the peak seen complements VmHWM. */
export function sampleRss(pid: number, everyMs = 10): { stop(): { peakKb: number; samples: number } } {
  let peakKb = 0;
  let samples = 0;
  const take = () => {
    try {
      peakKb = Math.max(peakKb, readRss(pid).rssKb);
      samples++;
    } catch {
      // The process may be gone between two samples.
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peakKb, samples };
    },
  };
}
