import { create } from 'zustand';
import type { ProofOrder } from '../../model/groundTruth/index.ts';

/**
 * Proofreading's UI state. Words are named by their ground-truth field id (stable across edits),
 * not the model's word index (which shifts when a word is deleted, merged or split).
 */
interface ProofState {
  on: boolean;
  order: ProofOrder;
  /** The word whose in-place editor is open. */
  editing: string | null;
  /** Bumped to reopen the editor on the same word with its new text (after a split). */
  nonce: number;
  /** The word to select once the model that holds it is built (after a delete, merge, split). */
  want: string | null;
  /** Drawing a box around missed text. */
  drawing: boolean;
  /** A region being recognised, or why it failed. */
  region: { busy: boolean; message: string | null };
  set: (patch: Partial<Omit<ProofState, 'set'>>) => void;
}

export const useProof = create<ProofState>()((set) => ({
  on: false,
  order: 'confidence',
  editing: null,
  nonce: 0,
  want: null,
  drawing: false,
  region: { busy: false, message: null },
  set: (patch) => set(patch),
}));
