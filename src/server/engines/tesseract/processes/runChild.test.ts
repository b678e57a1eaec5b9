import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HELPER_MALLOC_TUNABLES } from './mallocTunables.ts';
import { ChildError, minimalEnv, runChild } from './runChild.ts';

const THP_MODE = '/sys/kernel/mm/transparent_hugepage/enabled';

describe('runChild', () => {
  const saved = process.env.CLOVA_OCR_SECRET;
  afterEach(() => {
    if (saved === undefined) delete process.env.CLOVA_OCR_SECRET;
    else process.env.CLOVA_OCR_SECRET = saved;
  });

  it('returns stdout of a successful program', async () => {
    const r = await runChild('sh', ['-c', 'printf hello; printf warn >&2']);
    expect(r.stdout.toString()).toBe('hello');
    expect(r.stderr).toBe('warn');
  });

  it('never passes the relay environment (the CLOVA secret) to the child', async () => {
    process.env.CLOVA_OCR_SECRET = 'top-secret-value';
    const r = await runChild('env', [], { env: { OMP_THREAD_LIMIT: '1' } });
    const text = r.stdout.toString();
    expect(text).not.toContain('top-secret-value');
    expect(text).toContain('OMP_THREAD_LIMIT=1');
    expect(Object.keys(minimalEnv()).sort()).toEqual(
      ['GLIBC_TUNABLES', 'LANG', 'PATH', ...(process.env.TESSDATA_PREFIX ? ['TESSDATA_PREFIX'] : [])].sort(),
    );
  });

  it("gives helpers the malloc settings, unless the operator's GLIBC_TUNABLES replaces them", async () => {
    const saved = process.env.GLIBC_TUNABLES;
    try {
      delete process.env.GLIBC_TUNABLES;
      const own = await runChild('sh', ['-c', 'printf %s "$GLIBC_TUNABLES"']);
      expect(own.stdout.toString()).toBe(HELPER_MALLOC_TUNABLES);
      expect(HELPER_MALLOC_TUNABLES).toContain('glibc.malloc.hugetlb=1');
      process.env.GLIBC_TUNABLES = '';
      const empty = await runChild('sh', ['-c', 'printf %s "$GLIBC_TUNABLES"']);
      expect(empty.stdout.toString()).toBe(HELPER_MALLOC_TUNABLES);
      process.env.GLIBC_TUNABLES = 'glibc.malloc.arena_max=1';
      const operators = await runChild('sh', ['-c', 'printf %s "$GLIBC_TUNABLES"']);
      expect(operators.stdout.toString()).toBe('glibc.malloc.arena_max=1');
    } finally {
      if (saved === undefined) delete process.env.GLIBC_TUNABLES;
      else process.env.GLIBC_TUNABLES = saved;
    }
  });

  it('glibc applies them: a helper heap is marked for huge pages where THP is "madvise"', async () => {
    // Only in "madvise" mode does glibc ask (with "always" the kernel needs no asking, with "never" it is pointless).
    const thp = existsSync(THP_MODE) ? /\[(\w+)\]/.exec(readFileSync(THP_MODE, 'utf8'))?.[1] : undefined;
    const probe = [
      'const b = Buffer.alloc(8 << 20, 1);',
      "const s = require('fs').readFileSync('/proc/self/smaps', 'utf8');",
      "const heaps = s.split(/\\n(?=[0-9a-f]+-)/).filter((m) => m.includes('[heap]'));",
      "const flags = heaps.map((m) => /VmFlags:(.*)/.exec(m)[1]).join('|');",
      'process.stdout.write(JSON.stringify({ flags, length: b.length }));',
    ].join('');
    const { flags, length } = JSON.parse(
      (await runChild(process.execPath, ['-e', probe])).stdout.toString(),
    ) as {
      flags: string;
      length: number;
    };
    expect(length).toBe(8 << 20);
    expect(flags).toContain('rd wr');
    expect(/\bhg\b/.test(flags)).toBe(thp === 'madvise');
  });

  it('reports a missing program as ENOENT', async () => {
    const e = await runChild('no-such-program-xyz', []).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ChildError);
    expect((e as ChildError).reason).toBe('ENOENT');
  });

  it('rejects on a non-zero exit with the last stderr line', async () => {
    const e = await runChild('sh', ['-c', 'echo first >&2; echo "bad thing" >&2; exit 3']).catch(
      (x: unknown) => x,
    );
    expect((e as ChildError).reason).toBe(3);
    expect((e as ChildError).message).toContain('bad thing');
  });

  it('kills the child on abort and settles only after it exited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-child-'));
    const pidFile = join(dir, 'pid');
    try {
      const ac = new AbortController();
      const p = runChild('sh', ['-c', `echo $$ > ${pidFile}; exec sleep 30`], { signal: ac.signal });
      while (!existsSync(pidFile) || readFileSync(pidFile, 'utf8').trim() === '') {
        await new Promise((r) => setTimeout(r, 10));
      }
      const pid = Number(readFileSync(pidFile, 'utf8'));
      ac.abort(new Error('client went away'));
      await expect(p).rejects.toThrow('client went away');
      // Signal 0 only checks existence: the process must be gone by the time the promise settled.
      expect(() => process.kill(pid, 0)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
