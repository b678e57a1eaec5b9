import { create } from 'zustand';
import type * as OrderModule from './orderCode.ts';

/**
 * The reading-order layer's code loads when the layer is first turned on (its actions await it,
 * so the layer is drawn in the render that shows it on), off the viewer's first load.
 */
export type OrderCode = typeof OrderModule;

export const useOrderCode = create<{ code: OrderCode | null }>()(() => ({ code: null }));

let pending: Promise<OrderCode> | null = null;

export function loadOrder(): Promise<OrderCode> {
  pending ??= import('./orderCode.ts').then((code) => {
    useOrderCode.setState({ code });
    return code;
  });
  // A failed load is tried again on the next use.
  pending.catch(() => (pending = null));
  return pending;
}
