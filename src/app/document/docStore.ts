import { create } from 'zustand';
import type { DocSource } from '../loaders/source.ts';
import type { SavedResponse } from '../loaders/loadJson.ts';

/**
 * What the user has opened: the document (decoded, with its SHA-256) and/or a saved response.
 * Client state, not derived: the DocumentModel is computed from it (see useDocumentData). Plain
 * state: opening and replacing a document is document/openDocument.ts's job, and only its.
 */
export interface DocState {
  source: DocSource | null;
  hash: string | null;
  saved: SavedResponse | null;
  opening: boolean;
  /** Messages about files that could not be opened; shown until dismissed or the next open. */
  errors: string[];
  dismissErrors: () => void;
}

export const useDocStore = create<DocState>()((set) => ({
  source: null,
  hash: null,
  saved: null,
  opening: false,
  errors: [],
  dismissErrors: () => set({ errors: [] }),
}));
