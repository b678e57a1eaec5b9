import { useCallback } from 'react';
import { MAX_PDF_PAGES } from '../../clova/index.ts';
import { useUi } from '../ui/uiStore.ts';
import type { DocumentData } from '../document/documentData.tsx';

/**
 * "Run OCR" as the user means it: a long PDF first asks which pages to send (CLOVA takes at
 * most 10), everything else runs straight away (or shows the cached result).
 */
export function useRunAction({ source, run }: Pick<DocumentData, 'source' | 'run'>): () => void {
  return useCallback(() => {
    const ui = useUi.getState();
    if (!source) {
      ui.setNotice('Open a document first: OCR runs on an image, PDF or TIFF.');
      return;
    }
    if (run.running) return;
    if (source.format === 'pdf' && source.pages.length > MAX_PDF_PAGES && !ui.options.range) {
      ui.setRangeDialogOpen(true);
      return;
    }
    run.run();
  }, [source, run]);
}
