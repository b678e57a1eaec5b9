import { readFileSync } from 'node:fs';

/**
 * CPU time used by this process and by its children that have exited, in ms. On a loaded machine
 * wall time varies from run to run with what else is running; CPU time hardly does, so it shows
 * whether the engine does more work than tesseract alone.
 */
export interface CpuTime {
  selfMs: number;
  childrenMs: number;
}

// Linux reports /proc times in clock ticks; USER_HZ is 100 on every mainstream architecture.
const TICK_MS = 10;

/** cutime + cstime (fields 16 and 17) of a /proc/<pid>/stat line, in ms. */
export function childrenCpuMs(stat: string): number {
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cutime = Number(rest[13]);
  const cstime = Number(rest[14]);
  if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) throw new Error('unreadable /proc stat line');
  return (cutime + cstime) * TICK_MS;
}

export function cpuTime(): CpuTime {
  const u = process.cpuUsage();
  return {
    selfMs: (u.user + u.system) / 1000,
    childrenMs: childrenCpuMs(readFileSync('/proc/self/stat', 'utf8')),
  };
}

/** CPU ms (self + children) spent since `before`. */
export function cpuSince(before: CpuTime): number {
  const now = cpuTime();
  return now.selfMs - before.selfMs + (now.childrenMs - before.childrenMs);
}
