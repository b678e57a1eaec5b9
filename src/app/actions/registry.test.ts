import { describe, expect, it } from 'vitest';
import { ACTIONS, actionForKey } from './registry.ts';
import { HELP_ROWS } from './help.ts';
import type { KeyLike } from './keys.ts';

const k = (key: string, mods: Partial<Omit<KeyLike, 'key'>> = {}): KeyLike => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const id = (e: KeyLike, inField = false) => actionForKey(e, inField)?.id ?? null;

describe('actionForKey', () => {
  it('maps pages, zoom, fit and layers', () => {
    expect(id(k('PageDown'))).toBe('nextPage');
    expect(id(k('PageUp'))).toBe('prevPage');
    expect(id(k('Home'))).toBe('firstPage');
    expect(id(k('End'))).toBe('lastPage');
    expect(id(k('+', { shiftKey: true }))).toBe('zoomIn');
    expect(id(k('='))).toBe('zoomIn');
    expect(id(k('-'))).toBe('zoomOut');
    expect(id(k('_', { shiftKey: true }))).toBe('zoomOut');
    expect(id(k('0'))).toBe('fitPage');
    expect(id(k('1'))).toBe('fitWidth');
    expect(id(k('W', { shiftKey: true }))).toBe('toggleWords');
    expect(id(k('t'))).toBe('toggleTables');
    expect(id(k('Escape'))).toBe('clearSelection');
    expect(id(k('ArrowLeft', { shiftKey: true }))).toBe('panLeft');
  });

  it('runs OCR with Ctrl/Cmd+Enter only', () => {
    expect(id(k('Enter', { ctrlKey: true }))).toBe('runOcr');
    expect(id(k('Enter', { metaKey: true }))).toBe('runOcr');
    expect(id(k('Enter'))).toBeNull();
  });

  it('leaves browser shortcuts alone', () => {
    expect(id(k('w', { ctrlKey: true }))).toBeNull();
    expect(id(k('0', { ctrlKey: true }))).toBeNull();
    expect(id(k('p', { altKey: true }))).toBeNull();
    expect(id(k('n', { ctrlKey: true }))).toBeNull();
  });

  it('n and Shift+n walk the doubtful words', () => {
    expect(id(k('n'))).toBe('nextDoubtful');
    expect(id(k('N', { shiftKey: true }))).toBe('prevDoubtful');
  });

  it('Ctrl+F and Cmd+F open the search, even from a form field; other keys stay in the field', () => {
    expect(id(k('f', { ctrlKey: true }))).toBe('openSearch');
    expect(id(k('f', { metaKey: true }))).toBe('openSearch');
    expect(id(k('f'))).toBeNull();
    expect(id(k('f', { ctrlKey: true }), true)).toBe('openSearch');
    expect(id(k('n'), true)).toBeNull();
    expect(id(k('Escape'), true)).toBeNull();
  });

  it('D toggles the doubtful filter, Shift+S saves the PNG, C compares, ? helps', () => {
    expect(id(k('d'))).toBe('toggleFilter');
    expect(id(k('S', { shiftKey: true }))).toBe('exportPng');
    expect(id(k('s'))).toBeNull();
    expect(id(k('c'))).toBe('toggleCompare');
    expect(id(k('?', { shiftKey: true }))).toBe('toggleHelp');
  });
});

const HELP_ROWS_IDS = HELP_ROWS.flatMap((r) => r.ids);

describe('the registry', () => {
  it('has unique ids, and no key bound twice on one surface', () => {
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
    const specs = ACTIONS.flatMap((a) =>
      [...a.keys, ...(a.aliases ?? [])].map((s) => `${a.surface ?? 'viewer'}:${s.toLowerCase()}`),
    );
    expect(new Set(specs).size).toBe(specs.length);
  });

  it('gives a key to the surface that has the keyboard', () => {
    const esc = { key: 'Escape', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false };
    expect(actionForKey(esc)?.id).toBe('clearSelection');
    expect(actionForKey(esc, false, 'projects')?.id).toBe('closeProjects');
    expect(actionForKey({ ...esc, key: 'w' }, false, 'projects')).toBeNull();
  });

  it('lists every action with keys in exactly one help row', () => {
    for (const a of ACTIONS.filter((x) => x.keys.length > 0))
      expect(
        HELP_ROWS_IDS.filter((id) => id === a.id),
        a.id,
      ).toHaveLength(1);
    for (const rowId of HELP_ROWS_IDS)
      expect(
        ACTIONS.some((a) => a.id === rowId),
        rowId,
      ).toBe(true);
  });
});
