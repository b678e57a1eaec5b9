/** Key specs as written in actions (`Shift+N`, `Mod+F`, `PageUp`, `+`): parsed, matched and shown. */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

interface Chord {
  /** Mod = Ctrl or Cmd. */
  command: 'Ctrl' | 'Meta' | 'Mod' | null;
  alt: boolean;
  shift: boolean;
  key: string;
}

const MODIFIERS = new Set(['Ctrl', 'Meta', 'Mod', 'Alt', 'Shift']);

export function parseKey(spec: string): Chord {
  // The last part is the key; a trailing "+" is the plus key itself ("+", "Shift++").
  const plus = spec.endsWith('+');
  const parts = (plus ? spec.slice(0, -1) : spec).split('+').filter((p) => p !== '');
  const key = plus ? '+' : (parts.pop() ?? '');
  for (const p of parts) if (!MODIFIERS.has(p)) throw new Error(`Unknown modifier "${p}" in "${spec}"`);
  const command = parts.find((p) => p === 'Ctrl' || p === 'Meta' || p === 'Mod') as Chord['command'];
  return { command: command ?? null, alt: parts.includes('Alt'), shift: parts.includes('Shift'), key };
}

const norm = (key: string): string => (key.length === 1 ? key.toLowerCase() : key);

/**
 * Whether a key press is `spec`. Ctrl, Cmd and Alt must be exactly as written. Shift must be held
 * when written; when not written, `lenientShift` lets a shifted press match (Shift+W, Shift+arrow,
 * and "?" or "+", which need Shift on most layouts).
 */
export function matchesKey(spec: string, e: KeyLike, lenientShift: boolean): boolean {
  const c = parseKey(spec);
  if (norm(e.key) !== norm(c.key)) return false;
  if (e.altKey !== c.alt) return false;
  const command =
    c.command === 'Mod'
      ? e.ctrlKey !== e.metaKey
      : c.command === 'Ctrl'
        ? e.ctrlKey && !e.metaKey
        : c.command === 'Meta'
          ? e.metaKey && !e.ctrlKey
          : !e.ctrlKey && !e.metaKey;
  if (!command) return false;
  return c.shift ? e.shiftKey : !e.shiftKey || lenientShift;
}

const SHOWN: Record<string, string> = {
  PageUp: 'PgUp',
  PageDown: 'PgDn',
  Escape: 'Esc',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  '-': '−',
};
const COMMAND: Record<string, string> = { Ctrl: 'Ctrl', Meta: 'Cmd', Mod: 'Ctrl/Cmd' };

/** How a key is written for people: `Ctrl/Cmd+F`, `Shift+N`, `PgUp`, `−`. */
export function keyLabel(spec: string): string {
  const c = parseKey(spec);
  const mods = [c.command && COMMAND[c.command], c.alt && 'Alt', c.shift && 'Shift'].filter(Boolean);
  return [...mods, SHOWN[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key)].join('+');
}

/** The short form for a `<kbd>` hint inside a button: `⇧N`. */
export function keyHint(spec: string): string {
  return keyLabel(spec).replace('Shift+', '⇧');
}

/** The ARIA key-shortcuts form: `Control+Enter`, `Shift+N`; Mod gives both Control and Meta. */
export function ariaKey(spec: string): string {
  const c = parseKey(spec);
  const key = c.key.length === 1 ? c.key.toUpperCase() : c.key;
  const rest = [c.alt && 'Alt', c.shift && 'Shift', key].filter(Boolean).join('+');
  const commands =
    c.command === 'Mod'
      ? ['Control', 'Meta']
      : c.command === 'Ctrl'
        ? ['Control']
        : c.command
          ? ['Meta']
          : [''];
  return commands.map((m) => (m ? `${m}+${rest}` : rest)).join(' ');
}
