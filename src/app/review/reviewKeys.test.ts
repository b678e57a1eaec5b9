import { describe, expect, it } from 'vitest';
import { reviewActionFor } from './reviewKeys.ts';

const k = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('reviewActionFor', () => {
  it('n and Shift+n walk the doubtful words', () => {
    expect(reviewActionFor(k('n'))).toBe('nextDoubtful');
    expect(reviewActionFor(k('N', { shiftKey: true }))).toBe('prevDoubtful');
  });

  it('Ctrl+F and Cmd+F open the search', () => {
    expect(reviewActionFor(k('f', { ctrlKey: true }))).toBe('openSearch');
    expect(reviewActionFor(k('f', { metaKey: true }))).toBe('openSearch');
    expect(reviewActionFor(k('f'))).toBeNull();
  });

  it('leaves Ctrl+N to the browser', () => {
    expect(reviewActionFor(k('n', { ctrlKey: true }))).toBeNull();
  });

  it('D toggles the doubtful filter and Shift+S saves the PNG', () => {
    expect(reviewActionFor(k('d'))).toBe('toggleFilter');
    expect(reviewActionFor(k('S', { shiftKey: true }))).toBe('exportPng');
  });
});
