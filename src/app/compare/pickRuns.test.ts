import { describe, expect, it } from 'vitest';
import { pickRuns } from './pickRuns.ts';
import type { CompareRun } from './compareRuns.ts';

const run = (id: string): CompareRun => ({ id, label: id, raw: {}, pageOffset: 0, options: null });
const runs = [run('x'), run('y'), run('z')];
const ids = (p: ReturnType<typeof pickRuns>) => (p ? [p.a.id, p.b.id] : null);

describe('pickRuns', () => {
  it('needs two runs', () => {
    expect(pickRuns([run('x')], null, null)).toBeNull();
  });
  it('defaults to the first two, and keeps a valid choice', () => {
    expect(ids(pickRuns(runs, null, null))).toEqual(['x', 'y']);
    expect(ids(pickRuns(runs, 'z', 'x'))).toEqual(['z', 'x']);
  });
  it('replaces a vanished or duplicate choice by another run', () => {
    expect(ids(pickRuns(runs, 'gone', 'x'))).toEqual(['y', 'x']);
    expect(ids(pickRuns(runs, 'y', 'y'))).toEqual(['y', 'x']);
    expect(ids(pickRuns(runs, 'z', 'gone'))).toEqual(['z', 'x']);
  });
});
