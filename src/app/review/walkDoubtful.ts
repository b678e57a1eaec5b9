import { nextDoubtful } from '../../model/review/triage.ts';
import type { DocumentModel } from '../../model/index.ts';
import type { DisplayPage } from '../../model/document/displayPages.ts';
import { useUi } from '../ui/uiStore.ts';
import { useReview } from './reviewStore.ts';
import { goToWord } from './goToWord.ts';

/** The threshold below which a word counts as doubtful: the filter's when on, else the low threshold. */
export const doubtThreshold = (): number => {
  const r = useReview.getState();
  return r.filterBelow ?? r.triageBelow ?? useUi.getState().thresholds.low;
};

/** n / Shift+n: selects and shows the next or previous doubtful word, across pages. False when none. */
export function walkDoubtful(doc: DocumentModel, pages: readonly DisplayPage[], dir: 1 | -1): boolean {
  const ui = useUi.getState();
  const from = ui.selection?.kind === 'word' ? ui.selection.id : null;
  const id = nextDoubtful(doc, doubtThreshold(), from, dir, ui.page);
  if (id === null) return false;
  goToWord(doc, pages, id);
  return true;
}
