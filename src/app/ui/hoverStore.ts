import type { Target } from '../../model/document/target.ts';
import { sameTarget } from '../../model/document/target.ts';

/**
 * The hovered target, outside React: hover changes on every mouse move, and re-rendering React
 * that often would cost more than the whole hover budget. Subscribers (the highlight layer, the
 * tooltip, the text panel) update themselves directly.
 */
export interface HoverState {
  target: Target | null;
  /** Pointer position in client coordinates, when the hover comes from the canvas (for the tooltip). */
  client: { x: number; y: number } | null;
}

type Listener = (s: HoverState) => void;

export function createHoverStore() {
  let state: HoverState = { target: null, client: null };
  const listeners = new Set<Listener>();
  return {
    get: (): HoverState => state,
    set(target: Target | null, client: { x: number; y: number } | null = null): void {
      if (sameTarget(target, state.target) && client === state.client) return;
      state = { target, client };
      for (const l of listeners) l(state);
    },
    subscribe(l: Listener): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export type HoverStore = ReturnType<typeof createHoverStore>;

/** The app's single hover store. */
export const hoverStore = createHoverStore();
