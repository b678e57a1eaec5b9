import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChildError, minimalEnv, runChild } from './run-child.ts';

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
      ['LANG', 'PATH', ...(process.env.TESSDATA_PREFIX ? ['TESSDATA_PREFIX'] : [])].sort(),
    );
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
