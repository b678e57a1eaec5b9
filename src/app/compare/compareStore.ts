import { create } from 'zustand';

export type CompareSide = 'a' | 'b';

/** Compare mode: on or off, which two runs (by CompareRun.id), and the word picked on either side. */
export interface CompareState {
  open: boolean;
  aId: string | null;
  bId: string | null;
  selected: { side: CompareSide; wordId: number } | null;
  setOpen: (open: boolean) => void;
  toggle: () => void;
  setRuns: (aId: string | null, bId: string | null) => void;
  select: (s: { side: CompareSide; wordId: number } | null) => void;
  /** A new document starts on its page, not in compare. */
  resetForDocument: () => void;
}

export const useCompare = create<CompareState>()((set) => ({
  open: false,
  aId: null,
  bId: null,
  selected: null,
  setOpen: (open) => set({ open, selected: null }),
  toggle: () => set((s) => ({ open: !s.open, selected: null })),
  // A word id means nothing in another run: the selection goes with the old pair.
  setRuns: (aId, bId) => set({ aId, bId, selected: null }),
  select: (selected) => set({ selected }),
  resetForDocument: () => set({ open: false, selected: null }),
}));
