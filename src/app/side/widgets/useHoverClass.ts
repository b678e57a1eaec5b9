import { useEffect } from 'react';
import type { RefObject } from 'react';
import { hoverStore } from '../../ui/hoverStore.ts';
import type { Target } from '../../../model/document/target.ts';

/**
 * Mirrors the hover store onto elements carrying `data-<kind>-id` inside `root`, by toggling a
 * class directly: the panels follow canvas hover without a React render per mouse move.
 */
export function useHoverClass(root: RefObject<HTMLElement | null>, attr: (t: Target) => string | null) {
  useEffect(() => {
    let marked: Element[] = [];
    const apply = () => {
      for (const el of marked) el.classList.remove('hovered');
      marked = [];
      const t = hoverStore.get().target;
      const sel = t ? attr(t) : null;
      if (!sel || !root.current) return;
      marked = Array.from(root.current.querySelectorAll(sel));
      for (const el of marked) el.classList.add('hovered');
    };
    apply();
    const off = hoverStore.subscribe(apply);
    return () => {
      off();
      for (const el of marked) el.classList.remove('hovered');
    };
  }, [root, attr]);
}

/** Reads the target an element (or its ancestor) stands for, from data-kind/data-id attributes. */
export function targetFromElement(el: EventTarget | null): Target | null {
  const node = (el as Element | null)?.closest?.('[data-target-kind]');
  if (!node) return null;
  const kind = node.getAttribute('data-target-kind') as Target['kind'];
  const id = Number(node.getAttribute('data-target-id'));
  return Number.isInteger(id) ? { kind, id } : null;
}
