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
  { ids: ['toggleProofreading'], what: 'Proofread: show the ground truth, edit it in place (toggle)' },
  { ids: ['proofEdit'], what: 'Proofreading: edit the selected word in place (double-click too)' },
  {
    ids: ['proofAccept', 'proofIllegible'],
    what: 'Proofreading: accept the word as read / mark it illegible',
  },
  { ids: ['proofDelete'], what: 'Proofreading: delete the word (a false detection)' },
  { ids: ['proofMerge'], what: 'Proofreading: merge the word with the next' },
  {
    ids: ['proofNext', 'proofPrev'],
    what: 'Proofreading: next / previous word (lowest confidence first, or reading order)',
  },
  { ids: ['proofAcceptPage'], what: 'Proofreading: accept the rest of this page' },
  { ids: ['proofRegion'], what: 'Proofreading: draw a box around missed text to recognise it' },
  { ids: ['proofUndo', 'proofRedo'], what: 'Proofreading: undo / redo' },
  {
    ids: ['editorSave', 'editorCancel'],
    what: 'Word editor: save and edit the next word (unchanged: accept) / cancel',
  },
  { ids: ['editorNext', 'editorPrev'], what: 'Word editor: save, then the next / previous word' },
  { ids: ['editorSplit'], what: 'Word editor: split the word at the caret' },
  { ids: ['toggleCompare'], what: 'Compare two runs side by side (toggle)' },
  { ids: ['prevDocument', 'nextDocument'], what: 'Previous / next document of the project' },
  { ids: ['closeProjects'], what: 'Leave the project view for the viewer' },
  { ids: ['openReport'], what: "Open the project's quality report (in the project view)" },
  { ids: ['closeReport'], what: 'Leave the quality report for the project' },
  { ids: ['auditRight'], what: 'Audit: the word is right' },
  { ids: ['auditWrong'], what: 'Audit: the word is wrong' },
  { ids: ['auditCorrect'], what: 'Audit: correct the word (type it, then Enter)' },
  { ids: ['auditBack'], what: 'Audit: back to the previous word' },
  { ids: ['toggleHelp'], what: 'Show or hide these shortcuts' },
];
