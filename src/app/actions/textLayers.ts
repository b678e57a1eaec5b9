import { textLayerOn, useTextLayers } from '../textLayers/textLayerStore.ts';
import type { TextLayersState } from '../textLayers/textLayerStore.ts';
import { setRasterHidden } from '../canvas/paperStore.ts';
import { useCompare } from '../compare/compareStore.ts';
import { loadOrder } from '../textLayers/loadOrder.ts';
import { useUi } from '../ui/uiStore.ts';
import type { Action, ActionContext } from './types.ts';

const hasImage = (ctx: ActionContext) => ctx.data.source !== null;
const hasPage = (ctx: ActionContext) => ctx.data.pages.length > 0;

export const toggleText: Action = {
  id: 'toggleText',
  label: 'Text in place layer',
  keys: ['X'],
  perform: (ctx) => useTextLayers.setState((s) => ({ text: !textLayerOn(s, hasImage(ctx)) })),
  checked: (ctx) => textLayerOn(useTextLayers.getState(), hasImage(ctx)),
};

/** Held: the page image gives way to the text on white paper; released, the image is back. */
export const flickText: Action = {
  id: 'flickText',
  label: 'Show the text instead of the page image (hold)',
  keys: ['V'],
  // Compare draws no text layer: there the key would only blank both pages.
  enabled: (ctx) => hasPage(ctx) && !useCompare.getState().open,
  perform: () => {
    useTextLayers.setState({ flick: true });
    setRasterHidden(true);
  },
  release: () => {
    useTextLayers.setState({ flick: false });
    setRasterHidden(false);
  },
};

/** Sets the reading-order layer's state once its code is here (turning it off needs none). */
function withOrderCode(patch: (s: TextLayersState) => Partial<TextLayersState>): void {
  if (!patch(useTextLayers.getState()).order) return useTextLayers.setState(patch);
  loadOrder()
    .then(() => useTextLayers.setState(patch))
    .catch((e: unknown) =>
      useUi
        .getState()
        .setNotice(`The reading order could not load: ${e instanceof Error ? e.message : String(e)}`),
    );
}

export const toggleOrder: Action = {
  id: 'toggleOrder',
  label: 'Reading order layer',
  keys: ['O'],
  perform: () => withOrderCode((s) => ({ order: !s.order })),
  checked: () => useTextLayers.getState().order,
};

export const cycleOrderUnit: Action = {
  id: 'cycleOrderUnit',
  label: 'Number the reading order by words or by lines',
  keys: ['Shift+O'],
  perform: () =>
    withOrderCode((s) => ({ order: true, orderUnit: s.orderUnit === 'words' ? 'lines' : 'words' })),
};

export const TEXT_LAYER_ACTIONS: readonly Action[] = [toggleText, flickText, toggleOrder, cycleOrderUnit];
