import { useUi } from '../ui/uiStore.ts';
import type { ViewLayers } from '../../model/index.ts';
import type { Action } from './types.ts';

function toggle(layer: keyof ViewLayers, label: string, key: string): Action {
  return {
    id: `toggle${label}`,
    label: `${label} layer`,
    keys: [key],
    perform: () => useUi.getState().toggleLayer(layer),
    checked: () => useUi.getState().layers[layer],
  };
}

export const toggleWords = toggle('words', 'Words', 'W');
export const toggleLines = toggle('lines', 'Lines', 'L');
export const toggleParagraphs = toggle('paragraphs', 'Paragraphs', 'P');
export const toggleTables = toggle('tables', 'Tables', 'T');

export const LAYER_ACTIONS: readonly Action[] = [toggleWords, toggleLines, toggleParagraphs, toggleTables];
