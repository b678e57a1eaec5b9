import { useCallback } from 'react';
import type Konva from 'konva';
import { Shape } from '../canvas/konva.ts';
import { tracePoly } from '../canvas/paths.ts';
import type { Point } from '../../model/index.ts';

/** The picked word (solid) or its partner in the other run (dashed), outlined over the diff colours. */
export function PickedWord({ poly, partner }: { poly: Point[]; partner: boolean }) {
  const sceneFunc = useCallback(
    (ctx: Konva.Context, shape: Konva.Shape) => {
      const c = ctx._context;
      const px = 1 / (shape.getAbsoluteScale().x || 1);
      c.beginPath();
      tracePoly(c, poly);
      c.fillStyle = 'rgba(59, 130, 246, 0.25)';
      c.fill();
      c.setLineDash(partner ? [5 * px, 3 * px] : []);
      c.lineWidth = 4 * px;
      c.strokeStyle = 'rgba(15, 23, 42, 0.9)';
      c.stroke();
      c.lineWidth = 2.5 * px;
      c.strokeStyle = 'rgba(96, 165, 250, 1)';
      c.stroke();
      c.setLineDash([]);
    },
    [poly, partner],
  );
  return <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}
