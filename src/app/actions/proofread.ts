import { useProjects } from '../projects/projectStore.ts';
import { useUi } from '../ui/uiStore.ts';
import { useProof } from '../groundTruth/proofStore.ts';
import { useReviewer } from '../groundTruth/reviewer.ts';
import { proofCode, withProof } from '../groundTruth/loadProof.ts';
import type { ProofCode } from '../groundTruth/loadProof.ts';
import type { ProofIndex } from '../groundTruth/proofIndex.ts';
import type { Action, ActionContext } from './types.ts';

/**
 * Proofreading (issue 15): its keys act on the `proofread` surface, layered over the viewer's
 * while the mode is on; the in-place editor's keys on the `editor` surface (its input).
 */

const NOT_STORED =
  'Proofreading keeps its corrections in the store, so it works on stored documents: open one from ' +
  'Projects, or open a file here without choosing a project (it is then kept in the Inbox) and run OCR.';

export const toggleProofreading: Action = {
  id: 'toggleProofreading',
  label: 'Proofread (ground truth)',
  keys: ['E'],
  perform: () => {
    const p = useProof.getState();
    if (p.on) {
      p.set({ on: false, editing: null, drawing: false });
      return;
    }
    if (!useProjects.getState().current) {
      useUi.getState().setNotice(NOT_STORED);
      return;
    }
    // The mode shows once its code is here, so its panel and keys are ready with it.
    withProof(() => {
      useProof.getState().set({ on: true });
      if (!useReviewer.getState().name) useReviewer.getState().ask(true);
    });
  },
  checked: () => useProof.getState().on,
};

/** An action on the ground truth on screen. */
function onWords(
  perform: (ix: ProofIndex, code: ProofCode, ctx: ActionContext) => void,
): Pick<Action, 'perform' | 'enabled'> {
  return {
    perform: (ctx) =>
      withProof((code) => {
        const ix = code.shownIndex(ctx.data);
        if (ix) perform(ix, code, ctx);
      }),
    // Before the code has loaded no ground truth is on screen.
    enabled: (ctx) => (proofCode()?.shownIndex(ctx.data) ?? null) !== null,
  };
}

const proof = (a: Omit<Action, 'surface'>): Action => ({ ...a, surface: 'proofread' });
const inEditor = (a: Omit<Action, 'surface' | 'worksInFields'>): Action => ({
  ...a,
  surface: 'editor',
  worksInFields: true,
});

const walk = (dir: 1 | -1) =>
  onWords((ix, code) => {
    const id = code.cursor(ix);
    if (id) code.move(ix, id, dir, false);
  });

export const PROOFREAD_ACTIONS: readonly Action[] = [
  toggleProofreading,
  proof({
    id: 'proofEdit',
    label: 'Edit the word in place',
    keys: ['Enter'],
    ...onWords((ix, c) => c.openEditor(ix)),
  }),
  proof({
    id: 'proofAccept',
    label: 'Accept the word as read',
    keys: ['A'],
    ...onWords((ix, c) => c.mark(ix, 'accept')),
  }),
  proof({
    id: 'proofIllegible',
    label: 'Mark the word illegible',
    keys: ['I'],
    ...onWords((ix, c) => c.mark(ix, 'illegible')),
  }),
  proof({
    id: 'proofDelete',
    label: 'Delete the word (false detection)',
    // Not X: that is the text-in-place layer's key, which still works while proofreading (a
    // reviewer reaching for the text layer must not delete a word). Backspace: Mac's delete key.
    keys: ['Delete', 'Backspace'],
    ...onWords((ix, c) => c.mark(ix, 'delete')),
  }),
  proof({
    id: 'proofMerge',
    label: 'Merge the word with the next',
    keys: ['M'],
    ...onWords((ix, c) => c.mergeNext(ix)),
  }),
  proof({ id: 'proofNext', label: 'Next word', keys: ['Tab'], ...walk(1) }),
  proof({ id: 'proofPrev', label: 'Previous word', keys: ['Shift+Tab'], ...walk(-1) }),
  proof({
    id: 'proofAcceptPage',
    label: 'Accept the rest of this page',
    keys: ['Shift+A'],
    ...onWords((ix, c) => c.acceptPage(ix)),
  }),
  proof({
    id: 'proofRegion',
    label: 'Draw a box around missed text',
    keys: ['B'],
    ...onWords(() => useProof.getState().set({ drawing: !useProof.getState().drawing, editing: null })),
  }),
  proof({
    id: 'proofOrder',
    label: 'Walk lowest confidence first / in reading order',
    keys: [],
    perform: () => {
      const p = useProof.getState();
      p.set({ order: p.order === 'confidence' ? 'reading' : 'confidence' });
    },
    checked: () => useProof.getState().order === 'reading',
  }),
  proof({
    id: 'proofUndo',
    label: 'Undo',
    keys: ['Mod+Z'],
    perform: () => withProof((c) => void c.edits.undo()),
    enabled: () => (proofCode()?.edits.store.getState().undo.length ?? 0) > 0,
  }),
  proof({
    id: 'proofRedo',
    label: 'Redo',
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    perform: () => withProof((c) => void c.edits.redo()),
    enabled: () => (proofCode()?.edits.store.getState().redo.length ?? 0) > 0,
  }),
  inEditor({
    id: 'editorSave',
    label: 'Save and edit the next word',
    keys: ['Enter'],
    ...onWords((ix, c) => c.saveAndMove(ix, 1, true)),
  }),
  inEditor({
    id: 'editorCancel',
    label: 'Cancel the edit',
    keys: ['Escape'],
    perform: () => withProof((c) => c.closeEditor()),
  }),
  inEditor({
    id: 'editorNext',
    label: 'Save, next word',
    keys: ['Tab'],
    ...onWords((ix, c) => c.saveAndMove(ix, 1, false)),
  }),
  inEditor({
    id: 'editorPrev',
    label: 'Save, previous word',
    keys: ['Shift+Tab'],
    ...onWords((ix, c) => c.saveAndMove(ix, -1, false)),
  }),
  inEditor({
    id: 'editorSplit',
    label: 'Split the word at the caret',
    keys: ['Alt+Enter'],
    perform: () => withProof((c) => c.splitAtCaret()),
  }),
];
