import type { ViewState } from '../../model/index.ts';
import { VIEW_KEYS } from '../../model/index.ts';
import type { UiState } from '../ui/uiStore.ts';

type UiView = Pick<UiState, 'page' | 'view' | 'fitMode' | 'layers' | 'thresholds' | 'opacity' | 'selection'>;

/** The shareable view of the viewer's state; a fitted page travels as "no view" so it refits on open. */
export function viewStateOf(ui: UiView, filterBelow: number | null): ViewState {
  return {
    page: ui.page,
    view: ui.fitMode ? null : { ...ui.view },
    layers: { ...ui.layers },
    thresholds: { ...ui.thresholds },
    opacity: ui.opacity,
    selection: ui.selection ? { ...ui.selection } : null,
    filterBelow,
  };
}

/** The viewer's state from a shared view (the inverse of viewStateOf, for a view fitted to the document). */
export function uiPatchOf(v: ViewState): Partial<UiView> {
  return {
    page: v.page,
    ...(v.view ? { view: { ...v.view }, fitMode: null } : { fitMode: 'page' as const }),
    layers: { ...v.layers },
    thresholds: { ...v.thresholds },
    opacity: v.opacity,
    selection: v.selection ? { ...v.selection } : null,
  };
}

/** Whether a URL hash or query carries a view at all (else the viewer's defaults stand). */
export function hasViewKeys(s: string): boolean {
  const p = new URLSearchParams(s.replace(/^[#?]/, ''));
  return VIEW_KEYS.some((k) => p.has(k));
}
