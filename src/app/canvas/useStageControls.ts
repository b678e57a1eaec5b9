import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { panBy, toWorld, zoomAt } from '../../model/geometry/coords.ts';
import { useUi } from '../ui/uiStore.ts';
import { hoverStore } from '../ui/hoverStore.ts';
import type { HitIndex } from '../document/hitIndex.ts';
import { wheelFactor } from './wheelZoom.ts';

const CLICK_SLOP_PX = 4;

interface Pointer {
  x: number;
  y: number;
}

/**
 * Mouse, pen and touch on the canvas, as plain DOM listeners: hover hit-tests through the spatial
 * index and only touches the hover store; click selects; drag (or space+drag) pans; wheel and
 * pinch zoom toward the pointer. View changes go through coords.ts.
 */
export function useStageControls(
  container: RefObject<HTMLDivElement | null>,
  hits: HitIndex | null,
  pageIndex: number,
  spaceHeld: RefObject<boolean>,
  below: number | null,
) {
  const hitsRef = useRef(hits);
  const pageRef = useRef(pageIndex);
  const belowRef = useRef(below);
  useEffect(() => {
    hitsRef.current = hits;
    pageRef.current = pageIndex;
    belowRef.current = below;
  }, [hits, pageIndex, below]);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const pointers = new Map<number, Pointer>();
    let drag: { start: Pointer; view: ReturnType<typeof useUi.getState>['view']; moved: boolean } | null =
      null;
    let pinch: { dist: number; view: ReturnType<typeof useUi.getState>['view'] } | null = null;

    // The element's position, read again only when something may have moved it: reading it on
    // every move would force a style and layout pass whenever a hover has just restyled the panels.
    let rect: DOMRect | null = null;
    const stale = () => void (rect = null);
    const local = (e: { clientX: number; clientY: number }): Pointer => {
      rect ??= el.getBoundingClientRect();
      return { x: e.clientX - rect.left, y: e.clientY - rect.top };
    };
    const resized = new ResizeObserver(stale);
    resized.observe(el);
    const hitAt = (p: Pointer) => {
      const { view, layers } = useUi.getState();
      return hitsRef.current?.hit(pageRef.current, toWorld(view, p), layers, belowRef.current) ?? null;
    };

    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const { view, setView } = useUi.getState();
      setView(zoomAt(view, wheelFactor(e.deltaY, e.deltaMode, e.ctrlKey), local(e)));
    };

    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 && e.button !== 1) return;
      el.setPointerCapture(e.pointerId);
      pointers.set(e.pointerId, local(e));
      const { view } = useUi.getState();
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinch = { dist: Math.hypot(a.x - b.x, a.y - b.y) || 1, view };
        drag = null;
      } else drag = { start: local(e), view, moved: e.button === 1 };
      if (spaceHeld.current || e.button === 1) el.dataset.panning = 'true';
    };

    const onMove = (e: PointerEvent) => {
      const p = local(e);
      if (pointers.has(e.pointerId)) pointers.set(e.pointerId, p);
      if (pinch && pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        const dist = Math.hypot(a.x - b.x, a.y - b.y) || 1;
        const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        useUi.getState().setView(zoomAt(pinch.view, dist / pinch.dist, mid));
        return;
      }
      if (drag) {
        const dx = p.x - drag.start.x;
        const dy = p.y - drag.start.y;
        if (!drag.moved && Math.hypot(dx, dy) > CLICK_SLOP_PX) drag.moved = true;
        if (drag.moved) {
          el.dataset.panning = 'true';
          hoverStore.set(null);
          useUi.getState().setView(panBy(drag.view, dx, dy));
          return;
        }
      }
      hoverStore.set(hitAt(p), { x: e.clientX, y: e.clientY });
    };

    const onUp = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
      if (pointers.size < 2) pinch = null;
      const d = drag;
      drag = null;
      delete el.dataset.panning;
      if (d && !d.moved && !spaceHeld.current && e.button === 0) useUi.getState().select(hitAt(local(e)));
    };

    const onLeave = () => hoverStore.set(null);

    el.addEventListener('pointerenter', stale);
    window.addEventListener('resize', stale);
    window.addEventListener('scroll', stale, true);
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    el.addEventListener('pointerleave', onLeave);
    return () => {
      resized.disconnect();
      el.removeEventListener('pointerenter', stale);
      window.removeEventListener('resize', stale);
      window.removeEventListener('scroll', stale, true);
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
      el.removeEventListener('pointerleave', onLeave);
    };
  }, [container, spaceHeld]);
}
