import { useUi } from '../ui/uiStore.ts';
import { useDocStore } from '../document/docStore.ts';
import { useReview } from '../review/reviewStore.ts';
import { walkDoubtful } from '../review/walkDoubtful.ts';
import { exportPng as savePng } from '../review/exportActions.ts';
import type { Action, ActionContext } from './types.ts';

export const SEARCH_INPUT_ID = 'review-search-input';

const hasDoc = (ctx: ActionContext) => ctx.data.doc !== null;

export const openSearch: Action = {
  id: 'openSearch',
  label: 'Search all pages',
  keys: ['Mod+F'],
  worksInFields: true,
  perform: () => {
    useReview.getState().openSearch();
    // The box may not be mounted yet; focus it on the next frame.
    requestAnimationFrame(() => {
      const input = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
      input?.focus();
      input?.select();
    });
  },
};

function walk(dir: 1 | -1): Pick<Action, 'perform' | 'enabled'> {
  return {
    perform: ({ data }) => {
      if (data.doc) walkDoubtful(data.doc, data.pages, dir);
    },
    enabled: hasDoc,
  };
}

export const nextDoubtful: Action = {
  id: 'nextDoubtful',
  label: 'Next doubtful word',
  keys: ['N'],
  ...walk(1),
};
export const prevDoubtful: Action = {
  id: 'prevDoubtful',
  label: 'Previous doubtful word',
  keys: ['Shift+N'],
  ...walk(-1),
};

export const toggleFilter: Action = {
  id: 'toggleFilter',
  label: 'Only doubtful words',
  keys: ['D'],
  enabled: hasDoc,
  perform: () => {
    const r = useReview.getState();
    r.setFilterBelow(r.filterBelow === null ? (r.triageBelow ?? useUi.getState().thresholds.low) : null);
  },
  checked: () => useReview.getState().filterBelow !== null,
};

export const exportPng: Action = {
  id: 'exportPng',
  label: 'Save the view as an annotated PNG',
  keys: ['Shift+S'],
  enabled: ({ data }) => data.doc !== null || data.source !== null,
  perform: ({ data }) => {
    const name = data.source?.name ?? useDocStore.getState().saved?.name ?? null;
    void savePng(name, useUi.getState().page);
  },
};

export const REVIEW_ACTIONS: readonly Action[] = [
  openSearch,
  nextDoubtful,
  prevDoubtful,
  toggleFilter,
  exportPng,
];
