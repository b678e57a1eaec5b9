import type { DocumentData } from '../document/documentData.tsx';
import { stageSize } from '../lib/stageElement.ts';
import type { Action, ActionContext } from './types.ts';
import type { KeyLike } from './keys.ts';

/** The document as of the app's latest render, for actions performed from outside React. */
let latest: DocumentData | null = null;

export function publishDocument(data: DocumentData): void {
  latest = data;
}

export function contextOf(data: DocumentData, event?: KeyLike): ActionContext {
  return { data, viewport: stageSize, event };
}

/** The context for the document on screen; null before the app has rendered. */
export function currentContext(event?: KeyLike): ActionContext | null {
  return latest && contextOf(latest, event);
}

/** Performs `action` when it is enabled; false when it is not (or nothing is rendered yet). */
export function performIn(action: Action, ctx: ActionContext | null): boolean {
  if (!ctx || (action.enabled && !action.enabled(ctx))) return false;
  action.perform(ctx);
  return true;
}
