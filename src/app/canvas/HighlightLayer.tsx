import { useCallback, useEffect, useRef } from 'react';
import { Layer, Shape } from './konva.ts';
import type Konva from 'konva';
import { rowAndColumnCells } from '../../model/document/tables.ts';
import type { DocumentModel } from '../../model/index.ts';
import { hoverStore } from '../ui/hoverStore.ts';
import type { Target } from '../../model/document/target.ts';
import { sameTarget } from '../../model/document/target.ts';
import { targetInfo } from '../../model/document/targetInfo.ts';
import { tracePoly } from './paths.ts';
import { LAYER_COLOURS, STROKE } from './overlayStyle.ts';

interface Props {
  /** Null while no document is open: the layer stays mounted, empty and hidden. */
  doc: DocumentModel | null;
  pageIndex: number;
  selection: Target | null;
}

/**
 * Hover, selection, and a selected cell's row and column, on their own small layer: a hover
 * redraws this layer only (a few polygons), never the big overlay.
 */
export function HighlightLayer({ doc, pageIndex, selection }: Props) {
  const layerRef = useRef<Konva.Layer>(null);

  // An empty highlight layer is hidden: its canvas then costs nothing to redraw and composite on
  // every pan/zoom frame.
  // The redraw runs in a microtask right after the pointer handler rather than through
  // batchDraw: requesting an animation frame from an input handler cost ~1 ms there in Chromium
  // (profiled), more than the draw itself. Moves within one task are coalesced into one draw.
  useEffect(() => {
    let last = hoverStore.get().target;
    let pending = false;
    let live = true;
    const off = hoverStore.subscribe((h) => {
      if (sameTarget(h.target, last)) return;
      last = h.target;
      if (pending) return;
      pending = true;
      queueMicrotask(() => {
        pending = false;
        const layer = layerRef.current;
        if (!live || !layer) return;
        layer.visible(!!last || !!selection);
        layer.draw();
      });
    });
    return () => {
      live = false;
      off();
    };
  }, [selection]);

  const sceneFunc = useCallback(
    (ctx: Konva.Context, shape: Konva.Shape) => {
      if (!doc) return;
      const c = ctx._context;
      const px = 1 / (shape.getAbsoluteScale().x || 1);
      c.lineJoin = 'round';
      const draw = (t: Target, fill: string, stroke: string, width: number, halo = false) => {
        const info = targetInfo(doc, t);
        if (!info || info.pageIndex !== pageIndex) return;
        c.beginPath();
        tracePoly(c, info.poly);
        c.fillStyle = fill;
        c.fill();
        if (halo) {
          // A dark halo under the stroke keeps the outline visible on white paper and dark ink alike.
          c.strokeStyle = LAYER_COLOURS.hoverHalo;
          c.lineWidth = (width + 2) * px;
          c.stroke();
        }
        c.strokeStyle = stroke;
        c.lineWidth = width * px;
        c.stroke();
      };
      if (selection?.kind === 'cell') {
        for (const id of rowAndColumnCells(doc, selection.id))
          if (id !== selection.id)
            draw({ kind: 'cell', id }, LAYER_COLOURS.rowColFill, LAYER_COLOURS.rowColStroke, STROKE.cell);
      }
      if (selection)
        draw(selection, LAYER_COLOURS.selectedFill, LAYER_COLOURS.selected, STROKE.selected, true);
      const hover = hoverStore.get().target;
      if (hover && !sameTarget(hover, selection))
        draw(hover, LAYER_COLOURS.hoverFill, LAYER_COLOURS.hover, STROKE.hover, true);
    },
    [doc, pageIndex, selection],
  );

  return (
    <Layer ref={layerRef} listening={false} visible={!!selection || !!hoverStore.get().target}>
      <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
    </Layer>
  );
}
