import { fitView, panBy, zoomAt } from '../../model/geometry/coords.ts';
import { useUi } from '../ui/uiStore.ts';
import { closeHelp } from './help.ts';
import type { Action, ActionContext } from './types.ts';

const PAN_STEP = 60;
/** Shift+arrow pans this many times further. */
const PAN_BOOST = 4;

const hasPage = (ctx: ActionContext) => ctx.data.pages.length > 0;
const lastPage = (ctx: ActionContext) => Math.max(0, ctx.data.pages.length - 1);

function goTo(page: (current: number, ctx: ActionContext) => number, enabled?: Action['enabled']) {
  return {
    perform: (ctx: ActionContext) => {
      const ui = useUi.getState();
      ui.setPage(Math.min(lastPage(ctx), Math.max(0, page(ui.page, ctx))));
    },
    enabled,
  };
}

export const prevPage: Action = {
  id: 'prevPage',
  label: 'Previous page',
  keys: ['PageUp'],
  ...goTo(
    (p) => p - 1,
    () => useUi.getState().page > 0,
  ),
};
export const nextPage: Action = {
  id: 'nextPage',
  label: 'Next page',
  keys: ['PageDown'],
  ...goTo(
    (p) => p + 1,
    (ctx) => useUi.getState().page < ctx.data.pages.length - 1,
  ),
};
export const firstPage: Action = { id: 'firstPage', label: 'First page', keys: ['Home'], ...goTo(() => 0) };
export const lastPageAction: Action = {
  id: 'lastPage',
  label: 'Last page',
  keys: ['End'],
  ...goTo((_, ctx) => lastPage(ctx)),
};

/** Zoom keeps the middle of the stage where it is (the wheel zooms toward the cursor instead). */
function zoom(factor: number) {
  return (ctx: ActionContext) => {
    const vp = ctx.viewport();
    const ui = useUi.getState();
    ui.setView(zoomAt(ui.view, factor, { x: vp.width / 2, y: vp.height / 2 }));
  };
}

export const zoomIn: Action = {
  id: 'zoomIn',
  label: 'Zoom in',
  keys: ['+'],
  aliases: ['='],
  perform: zoom(1.25),
  enabled: hasPage,
};
export const zoomOut: Action = {
  id: 'zoomOut',
  label: 'Zoom out',
  keys: ['-'],
  aliases: ['_'],
  perform: zoom(0.8),
  enabled: hasPage,
};

function fit(mode: 'page' | 'width'): Pick<Action, 'perform' | 'enabled' | 'checked'> {
  return {
    perform: (ctx) => {
      const page = ctx.data.pages[useUi.getState().page];
      if (page) useUi.getState().setView(fitView(mode, page, ctx.viewport()), mode);
    },
    enabled: hasPage,
    checked: () => useUi.getState().fitMode === mode,
  };
}

export const fitPageAction: Action = { id: 'fitPage', label: 'Fit page', keys: ['0'], ...fit('page') };
export const fitWidthAction: Action = { id: 'fitWidth', label: 'Fit width', keys: ['1'], ...fit('width') };

function pan(id: string, label: string, key: string, dx: number, dy: number): Action {
  return {
    id,
    label,
    keys: [key],
    perform: (ctx) => {
      const k = PAN_STEP * (ctx.event?.shiftKey ? PAN_BOOST : 1);
      const ui = useUi.getState();
      ui.setView(panBy(ui.view, dx * k, dy * k));
    },
  };
}

export const panLeft = pan('panLeft', 'Pan left', 'ArrowLeft', 1, 0);
export const panRight = pan('panRight', 'Pan right', 'ArrowRight', -1, 0);
export const panUp = pan('panUp', 'Pan up', 'ArrowUp', 0, 1);
export const panDown = pan('panDown', 'Pan down', 'ArrowDown', 0, -1);

export const clearSelection: Action = {
  id: 'clearSelection',
  label: 'Clear selection',
  keys: ['Escape'],
  // Esc also closes the shortcuts overlay, as it always has.
  perform: () => {
    closeHelp();
    useUi.getState().select(null);
  },
};

export const VIEW_ACTIONS: readonly Action[] = [
  prevPage,
  nextPage,
  firstPage,
  lastPageAction,
  zoomIn,
  zoomOut,
  fitPageAction,
  fitWidthAction,
  panLeft,
  panRight,
  panUp,
  panDown,
  clearSelection,
];
