import { create } from 'zustand';
import type { Action } from './types.ts';

/** Whether the `?` overlay listing the shortcuts is open. */
export const useHelp = create<{ open: boolean }>()(() => ({ open: false }));

export const closeHelp = () => useHelp.setState({ open: false });

export const toggleHelp: Action = {
  id: 'toggleHelp',
  label: 'Keyboard shortcuts',
  keys: ['?'],
  perform: () => useHelp.setState((s) => ({ open: !s.open })),
  checked: () => useHelp.getState().open,
};

export const HELP_ACTIONS: readonly Action[] = [toggleHelp];

/**
 * The rows of the `?` overlay and of README's "Keyboard" table: which actions each row lists (its
 * keys come from them) and what it says. readme.test.ts holds README to these rows.
 */
export const HELP_ROWS: readonly { ids: readonly string[]; what: string; join?: string }[] = [
  { ids: ['prevPage', 'nextPage'], what: 'Previous / next page' },
  { ids: ['firstPage', 'lastPage'], what: 'First / last page' },
  { ids: ['zoomIn', 'zoomOut'], what: 'Zoom in / out (the wheel zooms toward the cursor)' },
  { ids: ['fitPage', 'fitWidth'], what: 'Fit page / fit width' },
  {
    ids: ['panLeft', 'panRight', 'panUp', 'panDown'],
    what: 'Pan (Shift: faster); drag and Space+drag pan too',
    join: ' ',
  },
  {
    ids: ['toggleWords', 'toggleLines', 'toggleParagraphs', 'toggleTables'],
    what: 'Words, lines, paragraphs, tables layers',
    join: ' ',
  },
  { ids: ['toggleText'], what: 'Text in place layer (on by default without a page image)' },
  { ids: ['flickText'], what: 'Hold: the text on white instead of the page image' },
  { ids: ['toggleOrder', 'cycleOrderUnit'], what: 'Reading order layer / number it by words or lines' },
  { ids: ['clearSelection'], what: 'Clear selection' },
  { ids: ['runOcr'], what: 'Run OCR' },
  { ids: ['openSearch'], what: 'Search all pages (Enter / Shift+Enter: next / previous match)' },
  { ids: ['nextDoubtful', 'prevDoubtful'], what: 'Next / previous doubtful word, across pages' },
  { ids: ['toggleFilter'], what: 'Show only doubtful words (below the threshold)' },
  { ids: ['exportPng'], what: 'Save the current view as an annotated PNG' },
  { ids: ['toggleCompare'], what: 'Compare two runs side by side (toggle)' },
  { ids: ['prevDocument', 'nextDocument'], what: 'Previous / next document of the project' },
  { ids: ['closeProjects'], what: 'Leave the project view for the viewer' },
  { ids: ['toggleHelp'], what: 'Show or hide these shortcuts' },
];
