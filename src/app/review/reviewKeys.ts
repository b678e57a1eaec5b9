import type { KeyLike } from '../keyboard/keymap.ts';

/** Review shortcuts, as data + a pure function like keyboard/keymap.ts (which lists them for the help). */
export type ReviewAction = 'nextDoubtful' | 'prevDoubtful' | 'openSearch' | 'toggleFilter' | 'exportPng';

export function reviewActionFor(e: KeyLike): ReviewAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && !e.altKey && !e.shiftKey && key === 'f') return 'openSearch';
  if (mod || e.altKey) return null;
  if (key === 'n') return e.shiftKey ? 'prevDoubtful' : 'nextDoubtful';
  if (key === 'd' && !e.shiftKey) return 'toggleFilter';
  if (key === 's' && e.shiftKey) return 'exportPng';
  return null;
}
