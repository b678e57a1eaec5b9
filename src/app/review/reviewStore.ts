import { create } from 'zustand';

/**
 * Review workflow state (issue #6): the "doubtful only" filter, the search box, and the ground
 * truth typed or loaded per page. Kept apart from uiStore so the viewer core stays small.
 */
export interface ReviewState {
  /** Show only words with confidence below this; null = show every word. */
  filterBelow: number | null;
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
  setFilterBelow: (v: number | null) => void;
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
  searchOpen: false,
  query: '',
  matchIndex: 0,
  truth: [],
  showErrors: true,

  setFilterBelow: (filterBelow) => set({ filterBelow }),
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
