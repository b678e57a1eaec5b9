import { describe, expect, it } from 'vitest';
import { UnionFind } from './unionFind.ts';

describe('UnionFind', () => {
  it('joins transitively and keeps other sets apart', () => {
    const uf = new UnionFind(6);
    uf.union(0, 3);
    uf.union(3, 5);
    uf.union(1, 2);
    expect(uf.find(5)).toBe(uf.find(0));
    expect(uf.find(2)).toBe(uf.find(1));
    expect(uf.find(1)).not.toBe(uf.find(0));
    expect(uf.find(4)).toBe(4);
  });
});
