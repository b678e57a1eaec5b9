import { create } from 'zustand';
import type { DocSource } from '../loaders/source.ts';
import type { SavedResponse } from '../loaders/loadJson.ts';
import { openFiles } from '../loaders/openFiles.ts';
import { useUi } from '../ui/uiStore.ts';
import { afterPaint } from '../lib/afterPaint.ts';
import { queryClient } from './queryClient.ts';
import { isSessionFile } from '../share/sessionFile.ts';

/**
 * What the user has opened: the document (decoded, with its SHA-256) and/or a saved response.
 * Client state, not derived: the DocumentModel is computed from it (see useDocumentData).
 */
export interface DocState {
  source: DocSource | null;
  hash: string | null;
  saved: SavedResponse | null;
  opening: boolean;
  /** Messages about files that could not be opened; shown until dismissed or the next open. */
  errors: string[];
  open: (files: File[]) => Promise<void>;
  dismissErrors: () => void;
}

export const useDocStore = create<DocState>()((set, get) => ({
  source: null,
  hash: null,
  saved: null,
  opening: false,
  errors: [],
  async open(files) {
    if (files.length === 0) return;
    // A session file brings its document, runs and view with it (loaded on demand, like PDF support).
    if (await isSessionFile(files)) return (await import('../share/openSession.ts')).openSession(files[0]);
    set({ opening: true, errors: [] });
    const r = await openFiles(files);
    const errors = [
      ...r.errors,
      ...r.ignored.map((n) => `${n} was not opened: one document and one response at a time.`),
    ];
    if (!r.source && !r.saved) {
      set({ opening: false, errors });
      return;
    }
    // A run still going for the previous document is of no use any more.
    void queryClient.cancelQueries({ queryKey: ['ocr'] });
    get().source?.destroy();
    set({ source: r.source, hash: r.hash, saved: r.saved, opening: false, errors });
    useUi.getState().resetForDocument(r.saved ? 'saved' : 'run');
    // The whole of a large response is parsed after its page 1 has been drawn and replaces it,
    // unless something else was opened since.
    const partial = r.saved;
    const parseWhole = r.savedWhole;
    if (parseWhole)
      afterPaint(() => {
        if (get().saved !== partial) return;
        try {
          set({ saved: parseWhole() });
        } catch (e) {
          set({ errors: [...get().errors, e instanceof Error ? e.message : String(e)] });
        }
      });
  },
  dismissErrors: () => set({ errors: [] }),
}));
