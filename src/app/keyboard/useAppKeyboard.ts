import { useUi } from '../ui/uiStore.ts';
import type { DocumentData } from '../document/documentData.tsx';
import { useRunAction } from '../run/useRunAction.ts';
import { stageSize } from '../lib/stageElement.ts';
import { useKeyboard } from './useKeyboard.ts';

/** Wires the global shortcuts to the current document. */
export function useAppKeyboard(data: DocumentData) {
  const page = useUi((s) => s.page);
  const runOcr = useRunAction(data);
  const p = data.pages[page];
  useKeyboard({
    pageCount: data.pages.length,
    pageSize: p ? { width: p.width, height: p.height } : null,
    viewport: stageSize,
    runOcr,
  });
}
