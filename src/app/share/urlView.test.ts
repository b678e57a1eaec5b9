import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState } from '../../model/index.ts';
import type { UiState } from '../ui/uiStore.ts';
import { hasViewKeys, uiPatchOf, viewStateOf } from './urlView.ts';

const ui: Pick<UiState, 'page' | 'view' | 'fitMode' | 'layers' | 'thresholds' | 'opacity' | 'selection'> = {
  page: 2,
  view: { scale: 1.5, x: -120, y: 40 },
  fitMode: null,
  layers: { words: true, lines: true, paragraphs: false, tables: false },
  thresholds: { low: 0.7, high: 0.9 },
  opacity: 0.5,
  selection: { kind: 'word', id: 12 },
};

describe('view state in the URL', () => {
  it('survives a trip through the URL', () => {
    const back = uiPatchOf(parseViewState(serializeViewState(viewStateOf(ui, 0.6))));
    expect(back).toEqual(ui);
    expect(parseViewState(serializeViewState(viewStateOf(ui, 0.6))).filterBelow).toBe(0.6);
  });

  it('a fitted page travels as a fit, not as pixels', () => {
    const v = viewStateOf({ ...ui, fitMode: 'width' }, null);
    expect(v.view).toBeNull();
    expect(uiPatchOf(v).fitMode).toBe('page');
  });

  it('tells a view URL from one without', () => {
    expect(hasViewKeys('#page=2&zoom=1')).toBe(true);
    expect(hasViewKeys('#sample=receipt')).toBe(false);
    expect(hasViewKeys('')).toBe(false);
  });
});
