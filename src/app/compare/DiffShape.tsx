import { useCallback, useMemo } from 'react';
import type Konva from 'konva';
import { Shape } from '../canvas/konva.ts';
import { tracePoly } from '../canvas/paths.ts';
import type { DiffKind, DocumentModel } from '../../model/index.ts';
import { DIFF_COLOURS, DRAW_ORDER } from './diffColours.ts';

interface Props {
  doc: DocumentModel;
  pageIndex: number;
  kindOf: Map<number, DiffKind>;
}

/** The words of one page as one shape, one Path2D per diff kind (a few fills, whatever the word count). */
export function DiffShape({ doc, pageIndex, kindOf }: Props) {
  const batches = useMemo(() => {
    const page = doc.pages.find((p) => p.index === pageIndex);
    const paths = new Map<DiffKind, Path2D>();
    for (const id of page?.wordIds ?? []) {
      const kind = kindOf.get(id) ?? 'same';
      let p = paths.get(kind);
      if (!p) paths.set(kind, (p = new Path2D()));
      tracePoly(p, doc.words[id].poly);
    }
    return DRAW_ORDER.filter((k) => paths.has(k)).map((k) => ({ kind: k, path: paths.get(k)! }));
  }, [doc, pageIndex, kindOf]);

  const sceneFunc = useCallback(
    (ctx: Konva.Context, shape: Konva.Shape) => {
      const c = ctx._context;
      const px = 1 / (shape.getAbsoluteScale().x || 1);
      c.lineJoin = 'round';
      for (const { kind, path } of batches) {
        const col = DIFF_COLOURS[kind];
        c.fillStyle = col.fill;
        c.fill(path);
        c.strokeStyle = col.stroke;
        c.lineWidth = (kind === 'same' ? 1 : 1.75) * px;
        c.stroke(path);
      }
    },
    [batches],
  );
  return <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}
