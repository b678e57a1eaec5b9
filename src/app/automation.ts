import { toScreen } from '../model/geometry/coords.ts';
import { useUi } from './ui/uiStore.ts';
import { stageElement } from './lib/stageElement.ts';

/**
 * `window.ocrInspector`: a small, stable hook for automation (the e2e tests use it). Coordinates
 * go through coords.ts like everything else.
 */
export interface OcrInspectorApi {
  /** Client (viewport) coordinates of a point in the response space of `pageIndex`, shown as the current page. */
  toScreen(pageIndex: number, x: number, y: number): { x: number; y: number };
  /** Shows page `pageIndex` (0-based); resolves once it is drawn and fitted. */
  goToPage(pageIndex: number): Promise<void>;
  /** The current page (0-based). */
  currentPage(): number;
}

const nextFrames = () =>
  new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

export function installAutomation(): void {
  const api: OcrInspectorApi = {
    toScreen(pageIndex, x, y) {
      const { page, view } = useUi.getState();
      if (pageIndex !== page)
        throw new Error(`page ${pageIndex} is not shown (current page is ${page}); call goToPage first`);
      const rect = stageElement()?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const s = toScreen(view, { x, y });
      return { x: rect.left + s.x, y: rect.top + s.y };
    },
    async goToPage(pageIndex) {
      useUi.getState().setPage(pageIndex);
      await nextFrames();
    },
    currentPage: () => useUi.getState().page,
  };
  (window as unknown as { ocrInspector: OcrInspectorApi }).ocrInspector = api;
}
