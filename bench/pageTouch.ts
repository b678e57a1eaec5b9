import { readFileSync } from 'node:fs';
import { median } from './stats.ts';

const PAGE = 4096;

/**
 * What the first write to a fresh 4 KB page of memory costs here, in µs (median of `rounds`, each
 * over `mb` MB just obtained from the OS). Every figure that allocates much (decoded page images,
 * a parsed 4 MB response, canvases) pays it once per page, so the bench prints it beside the load:
 * on a VM with software-managed page tables it is tens of times what it is on hardware paging.
 */
export function pageTouchMicros(mb = 64, rounds = 3): number {
  const per: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // allocUnsafeSlow: malloc without zero-fill, so for this size the pages are untouched mmap.
    const b = Buffer.allocUnsafeSlow(mb * 1024 * 1024);
    const t = performance.now();
    for (let i = 0; i < b.length; i += PAGE) b[i] = 1;
    per.push(((performance.now() - t) * 1000) / (b.length / PAGE));
  }
  return median(per);
}

/** The kernel's transparent-hugepage mode (`always`, `madvise`, `never`), or null when unknown. */
export function transparentHugepages(): string | null {
  try {
    return /\[(\w+)\]/.exec(readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
}
