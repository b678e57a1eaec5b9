import { describe, expect, it } from 'vitest';
import { ariaKey, keyHint, keyLabel, matchesKey, parseKey } from './keys.ts';

const press = (
  key: string,
  mods: { ctrl?: boolean; meta?: boolean; alt?: boolean; shift?: boolean } = {},
) => ({
  key,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  altKey: !!mods.alt,
  shiftKey: !!mods.shift,
});

describe('key specs', () => {
  it('parse modifiers and the key, the plus key included', () => {
    expect(parseKey('Mod+F')).toEqual({ command: 'Mod', alt: false, shift: false, key: 'F' });
    expect(parseKey('+')).toEqual({ command: null, alt: false, shift: false, key: '+' });
    expect(parseKey('Shift++')).toEqual({ command: null, alt: false, shift: true, key: '+' });
    expect(() => parseKey('Hyper+X')).toThrow(/Unknown modifier/);
  });

  it('match Ctrl, Cmd and Alt exactly, Shift when written or when lenient', () => {
    expect(matchesKey('Mod+F', press('f', { ctrl: true }), false)).toBe(true);
    expect(matchesKey('Mod+F', press('f', { meta: true }), false)).toBe(true);
    expect(matchesKey('Mod+F', press('f', { ctrl: true, meta: true }), false)).toBe(false);
    expect(matchesKey('Ctrl+Enter', press('Enter', { meta: true }), false)).toBe(false);
    expect(matchesKey('N', press('n', { alt: true }), true)).toBe(false);
    expect(matchesKey('Shift+N', press('N'), true)).toBe(false);
    expect(matchesKey('Shift+N', press('N', { shift: true }), false)).toBe(true);
    expect(matchesKey('N', press('N', { shift: true }), false)).toBe(false);
    expect(matchesKey('N', press('N', { shift: true }), true)).toBe(true);
  });

  it('read as people write them, as hints and as aria-keyshortcuts', () => {
    expect(keyLabel('Mod+F')).toBe('Ctrl/Cmd+F');
    expect(keyLabel('Meta+Enter')).toBe('Cmd+Enter');
    expect(keyLabel('PageUp')).toBe('PgUp');
    expect(keyLabel('-')).toBe('−');
    expect(keyLabel('w')).toBe('W');
    expect(keyHint('Shift+N')).toBe('⇧N');
    expect(ariaKey('Mod+F')).toBe('Control+F Meta+F');
    expect(ariaKey('Ctrl+Enter')).toBe('Control+Enter');
    expect(ariaKey('Shift+S')).toBe('Shift+S');
    expect(ariaKey('PageDown')).toBe('PageDown');
  });
});
