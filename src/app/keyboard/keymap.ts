/** Viewer shortcuts. Kept as data + a pure function so the mapping is testable and listed in one place. */
export type Action =
  | 'nextPage'
  | 'prevPage'
  | 'firstPage'
  | 'lastPage'
  | 'zoomIn'
  | 'zoomOut'
  | 'fitPage'
  | 'fitWidth'
  | 'panLeft'
  | 'panRight'
  | 'panUp'
  | 'panDown'
  | 'clearSelection'
  | 'toggleWords'
  | 'toggleLines'
  | 'toggleParagraphs'
  | 'toggleTables'
  | 'runOcr';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const PLAIN: Record<string, Action> = {
  PageDown: 'nextPage',
  PageUp: 'prevPage',
  Home: 'firstPage',
  End: 'lastPage',
  '+': 'zoomIn',
  '=': 'zoomIn',
  '-': 'zoomOut',
  _: 'zoomOut',
  '0': 'fitPage',
  '1': 'fitWidth',
  ArrowLeft: 'panLeft',
  ArrowRight: 'panRight',
  ArrowUp: 'panUp',
  ArrowDown: 'panDown',
  Escape: 'clearSelection',
  w: 'toggleWords',
  l: 'toggleLines',
  p: 'toggleParagraphs',
  t: 'toggleTables',
};

export function actionFor(e: KeyLike): Action | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && e.key === 'Enter') return 'runOcr';
  if (mod || e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return PLAIN[key] ?? null;
}

/** For the help popover. */
export const SHORTCUTS: { keys: string; what: string }[] = [
  { keys: 'PgUp / PgDn', what: 'Previous / next page' },
  { keys: '+ / −, wheel', what: 'Zoom toward the cursor' },
  { keys: '0', what: 'Fit page' },
  { keys: '1', what: 'Fit width' },
  { keys: 'Arrows, drag, Space+drag', what: 'Pan' },
  { keys: 'W L P T', what: 'Words, lines, paragraphs, tables layers' },
  { keys: 'Esc', what: 'Clear selection' },
  { keys: 'Ctrl+Enter', what: 'Run OCR' },
  // Review workflow (src/app/review/reviewKeys.ts).
  { keys: 'Ctrl/Cmd+F', what: 'Search all pages (Enter / Shift+Enter: next / previous match)' },
  { keys: 'N / Shift+N', what: 'Next / previous doubtful word, across pages' },
  { keys: 'D', what: 'Show only doubtful words (below the threshold)' },
  { keys: 'Shift+S', what: 'Save the current view as an annotated PNG' },
  // Compare runs (src/app/compare/CompareButton.tsx).
  { keys: 'C', what: 'Compare two runs side by side (toggle)' },
];
