import { describe, expect, it } from 'vitest';
import { actionFor } from './keymap.ts';

const k = (
  key: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('actionFor', () => {
  it('maps pages, zoom, fit and layers', () => {
    expect(actionFor(k('PageDown'))).toBe('nextPage');
    expect(actionFor(k('PageUp'))).toBe('prevPage');
    expect(actionFor(k('+', { shiftKey: true }))).toBe('zoomIn');
    expect(actionFor(k('-'))).toBe('zoomOut');
    expect(actionFor(k('0'))).toBe('fitPage');
    expect(actionFor(k('1'))).toBe('fitWidth');
    expect(actionFor(k('W', { shiftKey: true }))).toBe('toggleWords');
    expect(actionFor(k('t'))).toBe('toggleTables');
    expect(actionFor(k('Escape'))).toBe('clearSelection');
  });
  it('runs OCR with Ctrl/Cmd+Enter only', () => {
    expect(actionFor(k('Enter', { ctrlKey: true }))).toBe('runOcr');
    expect(actionFor(k('Enter', { metaKey: true }))).toBe('runOcr');
    expect(actionFor(k('Enter'))).toBeNull();
  });
  it('leaves browser shortcuts alone', () => {
    expect(actionFor(k('w', { ctrlKey: true }))).toBeNull();
    expect(actionFor(k('0', { ctrlKey: true }))).toBeNull();
    expect(actionFor(k('p', { altKey: true }))).toBeNull();
  });
});
