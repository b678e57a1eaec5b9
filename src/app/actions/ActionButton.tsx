import { useSyncExternalStore } from 'react';
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useDocumentData } from '../document/documentData.tsx';
import { useUi } from '../ui/uiStore.ts';
import { useDocStore } from '../document/docStore.ts';
import { useReview } from '../review/reviewStore.ts';
import { useCompare } from '../compare/compareStore.ts';
import { useHelp } from './help.ts';
import { useProof } from '../groundTruth/proofStore.ts';
import { subscribeEdits } from '../groundTruth/loadProof.ts';
import { useTextLayers } from '../textLayers/textLayerStore.ts';
import { contextOf, performIn } from './context.ts';
import { actionById } from './registry.ts';
import { ariaKey, keyHint, keyLabel } from './keys.ts';
import type { Action, ActionContext } from './types.ts';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'onClick' | 'type'> & {
  action: string;
  /** What the tooltip says before the key (default: the action's label). */
  title?: string;
  /** The label, or a function given the `<kbd>` hint to place. */
  children?: ReactNode | ((kbd: ReactNode) => ReactNode);
};

// Predicates read these stores; a button re-renders only when its own answer changes.
const STORES = [useUi, useDocStore, useReview, useCompare, useHelp, useProof, useTextLayers];
const subscribe = (cb: () => void) => {
  const offs = [...STORES.map((s) => s.subscribe(cb)), subscribeEdits(cb)];
  return () => offs.forEach((off) => off());
};

/** 1 = enabled, 2 = checked, 4 = a toggle (has `checked`): one number, so the snapshot is stable. */
function stateOf(action: Action, ctx: ActionContext): number {
  const enabled = !action.enabled || action.enabled(ctx);
  const checked = !!action.checked?.(ctx);
  return (enabled ? 1 : 0) | (checked ? 2 : 0) | (action.checked ? 4 : 0);
}

/**
 * A button for a registry action: its click, tooltip with the key, `aria-keyshortcuts`,
 * disabled and pressed states all come from the action.
 */
export function ActionButton({ action: id, title, disabled, className, children, ...rest }: Props) {
  const action = actionById(id);
  const ctx = contextOf(useDocumentData());
  const state = useSyncExternalStore(subscribe, () => stateOf(action, ctx));
  const toggle = (state & 4) !== 0;
  const checked = (state & 2) !== 0;
  const first = action.keys[0];
  const kbd = first ? <kbd>{keyHint(first)}</kbd> : null;
  return (
    <button
      type="button"
      className={checked && className ? `${className} on` : className}
      aria-pressed={toggle ? checked : undefined}
      {...rest}
      title={first ? `${title ?? action.label} (${keyLabel(first)})` : (title ?? action.label)}
      aria-keyshortcuts={action.keys.map(ariaKey).join(' ') || undefined}
      disabled={disabled || (state & 1) === 0}
      onClick={() => performIn(action, ctx)}
    >
      {typeof children === 'function' ? children(kbd) : children}
    </button>
  );
}
