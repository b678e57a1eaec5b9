import { useCompare } from '../compare/compareStore.ts';
import { useDocStore } from '../document/docStore.ts';
import type { Action } from './types.ts';

export const toggleCompare: Action = {
  id: 'toggleCompare',
  label: 'Compare two runs side by side',
  keys: ['C'],
  perform: () => useCompare.getState().toggle(),
  enabled: () => {
    const { source, saved } = useDocStore.getState();
    return source !== null || saved !== null;
  },
  checked: () => useCompare.getState().open,
};

export const COMPARE_ACTIONS: readonly Action[] = [toggleCompare];
