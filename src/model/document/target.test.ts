import { describe, expect, it } from 'vitest';
import { sameTarget } from './target.ts';

describe('sameTarget', () => {
  it('compares by kind and id, with null equal only to null', () => {
    expect(sameTarget({ kind: 'word', id: 3 }, { kind: 'word', id: 3 })).toBe(true);
    expect(sameTarget({ kind: 'word', id: 3 }, { kind: 'line', id: 3 })).toBe(false);
    expect(sameTarget({ kind: 'cell', id: 1 }, { kind: 'cell', id: 2 })).toBe(false);
    expect(sameTarget(null, null)).toBe(true);
    expect(sameTarget(null, { kind: 'table', id: 0 })).toBe(false);
  });
});
