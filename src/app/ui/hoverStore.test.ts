import { describe, expect, it } from 'vitest';
import { createHoverStore } from './hoverStore.ts';

describe('hoverStore', () => {
  it('notifies on a new target and stays quiet on the same one without a pointer', () => {
    const s = createHoverStore();
    const seen: (number | null)[] = [];
    const off = s.subscribe((h) => seen.push(h.target?.id ?? null));
    s.set({ kind: 'word', id: 3 });
    s.set({ kind: 'word', id: 3 });
    s.set(null);
    off();
    s.set({ kind: 'word', id: 4 });
    expect(seen).toEqual([3, null]);
    expect(s.get().target).toEqual({ kind: 'word', id: 4 });
  });
  it('notifies when only the pointer moves, so the tooltip follows it', () => {
    const s = createHoverStore();
    let n = 0;
    s.subscribe(() => n++);
    s.set({ kind: 'cell', id: 1 }, { x: 1, y: 1 });
    s.set({ kind: 'cell', id: 1 }, { x: 2, y: 1 });
    expect(n).toBe(2);
  });
});
