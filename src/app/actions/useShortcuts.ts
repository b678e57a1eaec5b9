import { useEffect, useLayoutEffect } from 'react';
import type { DocumentData } from '../document/documentData.tsx';
import { isTypingTarget } from '../lib/isTypingTarget.ts';
import { currentContext, publishDocument } from './context.ts';
import { actionForKey } from './registry.ts';
import { activeSurface } from './documents.ts';
import type { Action } from './types.ts';

/**
 * The app's one shortcut listener: a key press performs the registry's action for it, among those
 * of the surface that has the keyboard (the project view covers the viewer, whose keys then rest).
 * Keys typed into a form field stay there, except an action's that works in fields (Ctrl/Cmd+F).
 * An action with `release` acts while its key is held: the key's release (or the window losing
 * focus, which swallows the release) ends it, and key repeat does not perform it again.
 */
export function useShortcuts(data: DocumentData) {
  // Before any effect of this render, so an action performed from an effect sees this document.
  useLayoutEffect(() => publishDocument(data), [data]);

  useEffect(() => {
    // Held actions by the key that started them (lower case: Shift may change between press and release).
    const held = new Map<string, Action>();
    const release = (key: string) => {
      const action = held.get(key);
      if (!action) return;
      held.delete(key);
      const ctx = currentContext();
      if (ctx) action.release?.(ctx);
    };
    const onKey = (e: KeyboardEvent) => {
      const action = actionForKey(e, isTypingTarget(e.target), activeSurface());
      if (!action) return;
      const key = e.key.toLowerCase();
      if (action.release && held.get(key) === action) {
        e.preventDefault();
        return;
      }
      const ctx = currentContext(e);
      if (!ctx || (action.enabled && !action.enabled(ctx))) return;
      e.preventDefault();
      action.perform(ctx);
      if (action.release) held.set(key, action);
    };
    const onUp = (e: KeyboardEvent) => release(e.key.toLowerCase());
    const onBlur = () => [...held.keys()].forEach(release);
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onUp);
    window.addEventListener('blur', onBlur);
    return () => {
      onBlur();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onUp);
      window.removeEventListener('blur', onBlur);
    };
  }, []);
}
