import { useEffect } from 'react';
import type { RefObject } from 'react';
import { panBy, toWorld, zoomAt } from '../../model/geometry/coords.ts';
import { useUi } from '../ui/uiStore.ts';
import { wheelFactor } from '../canvas/wheelZoom.ts';
import type { HitIndex } from '../document/hitIndex.ts';
import { useCompare } from './compareStore.ts';
import type { CompareSide } from './compareStore.ts';

// Past this many pixels a press is a drag, not a click.
const CLICK_SLOP = 4;

/**
 * Wheel zoom and drag pan write the app's one view, so both sides move together; a click picks
 * the word under the pointer on this side.
 */
export function useComparePointer(
  container: RefObject<HTMLDivElement | null>,
  hits: HitIndex | null,
  pageIndex: number,
  side: CompareSide,
): void {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const local = (e: { clientX: number; clientY: number }) => {
      const r = el.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const ui = useUi.getState();
      ui.setView(zoomAt(ui.view, wheelFactor(e.deltaY, e.deltaMode, e.ctrlKey), local(e)));
    };
    let press: { x: number; y: number; moved: boolean } | null = null;
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      press = { ...local(e), moved: false };
      el.setPointerCapture(e.pointerId);
    };
    const onMove = (e: PointerEvent) => {
      if (!press) return;
      const p = local(e);
      const dx = p.x - press.x;
      const dy = p.y - press.y;
      if (!press.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
      press = { ...p, moved: true };
      const ui = useUi.getState();
      ui.setView(panBy(ui.view, dx, dy));
    };
    const onUp = (e: PointerEvent) => {
      const was = press;
      press = null;
      if (!was || was.moved || !hits) return;
      const w = toWorld(useUi.getState().view, local(e));
      const id = hits.index(pageIndex, 'word').hit(w);
      useCompare.getState().select(id === null ? null : { side, wordId: id });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
    };
  }, [container, hits, pageIndex, side]);
}
