import { describe, expect, it } from 'vitest';
import { MAX_WARNINGS, WarningLog } from './warnings.ts';

describe('WarningLog', () => {
  it('keeps warnings in order', () => {
    const log = new WarningLog();
    log.add('a');
    log.add('b');
    expect(log.list()).toEqual(['a', 'b']);
    expect(log.count).toBe(2);
  });

  it('keeps MAX_WARNINGS and counts the rest', () => {
    const log = new WarningLog();
    for (let i = 0; i < MAX_WARNINGS + 5; i++) log.add(`w${i}`);
    const list = log.list();
    expect(list).toHaveLength(MAX_WARNINGS + 1);
    expect(list[MAX_WARNINGS - 1]).toBe(`w${MAX_WARNINGS - 1}`);
    expect(list.at(-1)).toBe('…and 5 more warnings');
    expect(log.count).toBe(MAX_WARNINGS + 5);
  });

  it('hands out copies', () => {
    const log = new WarningLog();
    log.add('a');
    log.list().push('b');
    expect(log.list()).toEqual(['a']);
  });
});
