import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { childrenCpuMs, cpuSince, cpuTime } from './cpuTime.ts';

describe('childrenCpuMs', () => {
  it('reads cutime and cstime even when the command name has spaces and parentheses', () => {
    const stat = '4242 (node (bench) x) S 1 4242 4242 0 -1 4194560 9000 120 0 0 700 80 35 6 20 0 11 0';
    expect(childrenCpuMs(stat)).toBe((35 + 6) * 10);
  });
});

describe.runIf(process.platform === 'linux')('cpuTime', () => {
  it('counts a finished child process that used 300 ms of CPU', () => {
    const before = cpuTime();
    execFileSync(process.execPath, ['-e', 'while (process.cpuUsage().user < 300_000);']);
    const after = cpuTime();
    expect(after.childrenMs - before.childrenMs).toBeGreaterThanOrEqual(200);
    expect(cpuSince(before)).toBeGreaterThanOrEqual(200);
  });
});
