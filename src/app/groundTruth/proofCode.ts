/**
 * Proofreading's lazily loaded code (see loadProof.ts): the one module the app imports it through,
 * so the edit session, its commands and their kernels stay off the first load.
 */
export { ProofOn } from './ProofOn.tsx';
export { ReviewerDialog } from './ReviewerDialog.tsx';
export { edits } from './edits.ts';
export { acceptPage, cursor, mark, mergeNext, move, shownIndex } from './proofing.ts';
export { closeEditor, openEditor, saveAndMove, splitAtCaret } from './editing.ts';
