import { useEffect, useLayoutEffect } from 'react';
import type { DocumentData } from '../document/documentData.tsx';
import { isTypingTarget } from '../lib/isTypingTarget.ts';
import { currentContext, publishDocument } from './context.ts';
import { actionForKey } from './registry.ts';
import { activeSurface } from './documents.ts';

/**
 * The app's one shortcut listener: a key press performs the registry's action for it, among those
 * of the surface that has the keyboard (the project view covers the viewer, whose keys then rest).
 * Keys typed into a form field stay there, except an action's that works in fields (Ctrl/Cmd+F).
 */
export function useShortcuts(data: DocumentData) {
  // Before any effect of this render, so an action performed from an effect sees this document.
  useLayoutEffect(() => publishDocument(data), [data]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = actionForKey(e, isTypingTarget(e.target), activeSurface());
      if (!action) return;
      const ctx = currentContext(e);
      if (!ctx || (action.enabled && !action.enabled(ctx))) return;
      e.preventDefault();
      action.perform(ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
