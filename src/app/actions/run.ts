import { MAX_PDF_PAGES } from '../../clova/index.ts';
import { useUi } from '../ui/uiStore.ts';
import { useDocStore } from '../document/docStore.ts';
import type { Action } from './types.ts';

/**
 * "Run OCR" as the user means it: a long PDF first asks which pages to send (CLOVA takes at most
 * 10), everything else runs straight away (or shows the cached result). The document and options
 * are read from the stores when performed, so a caller that has just opened a file or set the
 * options (a sample, the range dialog) runs on those.
 */
export const runOcr: Action = {
  id: 'runOcr',
  label: 'Run OCR',
  keys: ['Ctrl+Enter', 'Meta+Enter'],
  perform: ({ data }) => {
    const ui = useUi.getState();
    const source = useDocStore.getState().source;
    if (!source) {
      ui.setNotice('Open a document first: OCR runs on an image, PDF or TIFF.');
      return;
    }
    if (data.source === source && data.run.running) return;
    if (source.format === 'pdf' && source.pages.length > MAX_PDF_PAGES && !ui.options.range) {
      ui.setRangeDialogOpen(true);
      return;
    }
    data.run.run();
  },
};

export const RUN_ACTIONS: readonly Action[] = [runOcr];
