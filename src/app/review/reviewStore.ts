import { create } from 'zustand';

/**
 * Review workflow state (issue #6): the "doubtful only" filter, the search box, and the ground
 * truth typed or loaded per page. Kept apart from uiStore so the viewer core stays small.
 */
export interface ReviewState {
  /** Show only words with confidence below this; null = show every word. */
  filterBelow: number | null;
  /** The doubt threshold the user chose for triage (kept while the filter is off); null = the low threshold. */
  triageBelow: number | null;
  searchOpen: boolean;
  query: string;
  /** Index of the current match in the document's match list. */
  matchIndex: number;
  /** Expected text per PageModel.index; undefined = the page is not scored. */
  truth: (string | undefined)[];
  /** Draw the misrecognised words of the scored pages on the canvas. */
  showErrors: boolean;
}

export interface ReviewActions {
  /** Turns the filter on at `v` (which becomes the triage threshold) or off with null. */
  setFilterBelow: (v: number | null) => void;
  /** A new triage threshold; the filter, if on, follows it. */
  setTriageBelow: (v: number) => void;
  openSearch: () => void;
  closeSearch: () => void;
  setQuery: (q: string) => void;
  setMatchIndex: (i: number) => void;
  setPageTruth: (page: number, text: string | undefined) => void;
  setTruth: (pages: (string | undefined)[]) => void;
  setShowErrors: (on: boolean) => void;
  /** A new document: its truth and search hits belong to the old one. */
  resetForDocument: () => void;
}

export const useReview = create<ReviewState & ReviewActions>()((set) => ({
  filterBelow: null,
  triageBelow: null,
  searchOpen: false,
  query: '',
  matchIndex: 0,
  truth: [],
  showErrors: true,

  setFilterBelow: (filterBelow) => set((s) => ({ filterBelow, triageBelow: filterBelow ?? s.triageBelow })),
  setTriageBelow: (v) => set((s) => ({ triageBelow: v, filterBelow: s.filterBelow === null ? null : v })),
  openSearch: () => set({ searchOpen: true }),
  closeSearch: () => set({ searchOpen: false, query: '', matchIndex: 0 }),
  setQuery: (query) => set({ query, matchIndex: 0 }),
  setMatchIndex: (matchIndex) => set({ matchIndex }),
  setPageTruth: (page, text) =>
    set((s) => {
      const truth = s.truth.slice();
      truth[page] = text === '' ? undefined : text;
      return { truth };
    }),
  setTruth: (truth) => set({ truth }),
  setShowErrors: (showErrors) => set({ showErrors }),
  resetForDocument: () => set({ truth: [], query: '', matchIndex: 0 }),
}));
