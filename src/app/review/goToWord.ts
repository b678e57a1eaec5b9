import type { DocumentModel } from '../../model/index.ts';
import type { DisplayPage } from '../../model/document/displayPages.ts';
import { useUi } from '../ui/uiStore.ts';
import { stageSize } from '../lib/stageElement.ts';
import { focusView } from './focusView.ts';

/** Shows a word: its page, centred and readable, and selected (so the inspector shows it). */
export function goToWord(doc: DocumentModel, pages: readonly DisplayPage[], wordId: number): void {
  const w = doc.words[wordId];
  if (!w) return;
  const ui = useUi.getState();
  const page = pages.find((p) => p.index === w.pageIndex);
  if (ui.page !== w.pageIndex) ui.setPage(w.pageIndex);
  if (page) ui.setView(focusView(ui.page === w.pageIndex ? ui.view : null, w.poly, page, stageSize()), null);
  ui.select({ kind: 'word', id: wordId });
}
