/** Alt+PageDown / Alt+PageUp and ] / [ : next / previous document (free in keymap.ts and reviewKeys.ts). */
export function documentStepFor(e: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): 1 | -1 | null {
  if (e.ctrlKey || e.metaKey) return null;
  if (e.altKey) return e.key === 'PageDown' ? 1 : e.key === 'PageUp' ? -1 : null;
  return e.key === ']' ? 1 : e.key === '[' ? -1 : null;
}
