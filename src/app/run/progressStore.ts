import { create } from 'zustand';
import type { RunPhase } from './uploadMultipart.ts';

/** Upload/recognition progress of the run in flight, for the run button (UI state only). */
export const useRunProgress = create<{ phase: RunPhase | null; set: (p: RunPhase | null) => void }>()(
  (set) => ({
    phase: null,
    set: (phase) => set({ phase }),
  }),
);
