import { useEffect, useRef, useState } from 'react';
import type { PointerEvent } from 'react';
import { toWorld } from '../../model/geometry/coords.ts';
import { useUi } from '../ui/uiStore.ts';
import { useDocumentData } from '../document/documentData.tsx';
import { stageElement } from '../lib/stageElement.ts';
import { recogniseRegion } from './regionOcr.ts';
import { commit } from './proofing.ts';
import { useProof } from './proofStore.ts';
import { edits } from './edits.ts';

type Rect = { x0: number; y0: number; x1: number; y1: number };

/** Drawing a box around missed text: a drag over the stage, then the region is recognised and added. */
export function RegionDraw() {
  const { source, pages } = useDocumentData();
  const [rect, setRect] = useState<Rect | null>(null);
  const start = useRef<{ x: number; y: number } | null>(null);
  const stage = stageElement();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      useProof.getState().set({ drawing: false });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  if (!stage) return null;
  const local = (e: PointerEvent) => {
    const r = stage.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const finish = async (r: Rect) => {
    const ui = useUi.getState();
    const page = pages[ui.page];
    const set = useProof.getState().set;
    set({ drawing: false });
    if (!source || !page || ui.page >= source.pages.length) {
      set({ region: { busy: false, message: 'This page has no image to read from.' } });
      return;
    }
    const a = toWorld(ui.view, { x: Math.min(r.x0, r.x1), y: Math.min(r.y0, r.y1) });
    const b = toWorld(ui.view, { x: Math.max(r.x0, r.x1), y: Math.max(r.y0, r.y1) });
    set({ region: { busy: true, message: null } });
    try {
      const adds = await recogniseRegion(source, ui.page, page, {
        minX: a.x,
        minY: a.y,
        maxX: b.x,
        maxY: b.y,
      });
      if (adds.length === 0) {
        set({ region: { busy: false, message: 'No text was found in that box.' } });
        return;
      }
      set({ region: { busy: false, message: null } });
      if (!commit(adds, `Add ${adds.length} missed word${adds.length === 1 ? '' : 's'}`)) return;
      // Ready to edit: the first word added, once the model holding it is built.
      const gt = edits.store.getState().local;
      const made = gt?.images.flatMap((i) => i.fields).find((f) => f.id.startsWith(`r${gt.revision}.`));
      if (made) set({ want: made.id, editing: made.id });
    } catch (e) {
      set({
        region: {
          busy: false,
          message: `The region could not be read: ${e instanceof Error ? e.message : e}`,
        },
      });
    }
  };

  return (
    <div
      className="region-draw"
      data-testid="region-draw"
      style={{
        left: stage.offsetLeft,
        top: stage.offsetTop,
        width: stage.clientWidth,
        height: stage.clientHeight,
      }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = local(e);
        setRect({ x0: start.current.x, y0: start.current.y, x1: start.current.x, y1: start.current.y });
      }}
      onPointerMove={(e) => {
        if (!start.current) return;
        const p = local(e);
        setRect({ x0: start.current.x, y0: start.current.y, x1: p.x, y1: p.y });
      }}
      onPointerUp={(e) => {
        if (!start.current) return;
        const p = local(e);
        const r = { x0: start.current.x, y0: start.current.y, x1: p.x, y1: p.y };
        start.current = null;
        setRect(null);
        if (Math.abs(r.x1 - r.x0) > 4 && Math.abs(r.y1 - r.y0) > 4) void finish(r);
      }}
    >
      {rect && (
        <div
          className="region-rect"
          style={{
            left: Math.min(rect.x0, rect.x1),
            top: Math.min(rect.y0, rect.y1),
            width: Math.abs(rect.x1 - rect.x0),
            height: Math.abs(rect.y1 - rect.y0),
          }}
        />
      )}
    </div>
  );
}
