import { describe, expect, it } from 'vitest';
import { MemoryBudget } from './memoryBudget.ts';

describe('MemoryBudget', () => {
  it('hands out bytes until the total, all or nothing', () => {
    const b = new MemoryBudget(100);
    expect(b.take(60)).toBe(true);
    expect(b.take(50)).toBe(false);
    expect(b.used).toBe(60);
    expect(b.take(40)).toBe(true);
    expect(b.take(1)).toBe(false);
  });

  it('takes back what was given and never goes below zero', () => {
    const b = new MemoryBudget(100);
    b.take(100);
    b.give(30);
    expect(b.take(30)).toBe(true);
    b.give(500);
    expect(b.used).toBe(0);
  });
});
