import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Scratch } from './scratch.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'scratch-test-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('Scratch', () => {
  it('creates nothing until a path is asked for', async () => {
    const s = new Scratch(root);
    await s.cleanup();
    expect(await readdir(root)).toEqual([]);
  });

  it('puts every path of a request in one directory and removes it all', async () => {
    const s = new Scratch(root);
    const a = await s.path('a');
    const b = await s.path('b');
    expect(dirname(a)).toBe(dirname(b));
    await writeFile(a, 'x');
    await writeFile(b, 'y');
    expect(await readdir(root)).toHaveLength(1);
    await s.cleanup();
    await s.cleanup();
    expect(await readdir(root)).toEqual([]);
    await expect(s.path('c')).rejects.toThrow();
  });
});
