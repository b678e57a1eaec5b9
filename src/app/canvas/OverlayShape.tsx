import { useCallback, useMemo } from 'react';
import { Shape } from './konva.ts';
import type Konva from 'konva';
import type { DocumentModel, Point, Thresholds } from '../../model/index.ts';
import type { Layers } from '../state/uiStore.ts';
import { colourBatches, tracePoly, withAlpha } from './paths.ts';
import { LAYER_COLOURS, STROKE } from './overlayStyle.ts';

interface Props {
  doc: DocumentModel;
  pageIndex: number;
  layers: Layers;
  thresholds: Thresholds;
}

function strokePolys(
  c: CanvasRenderingContext2D,
  polys: Point[][],
  colour: string,
  width: number,
  fill?: string,
) {
  if (polys.length === 0) return;
  c.beginPath();
  for (const p of polys) tracePoly(c, p);
  if (fill) {
    c.fillStyle = fill;
    c.fill();
  }
  c.strokeStyle = colour;
  c.lineWidth = width;
  c.stroke();
}

/**
 * Every box of one page in ONE Konva shape: a handful of paths (one per colour band and layer)
 * instead of a node per box, so 20,000 boxes draw in a few milliseconds. Not listening: hit
 * testing goes through the spatial index.
 */
export function OverlayShape({ doc, pageIndex, layers, thresholds }: Props) {
  const page = useMemo(() => doc.pages.find((p) => p.index === pageIndex) ?? null, [doc, pageIndex]);
  const wordBatches = useMemo(
    () =>
      page
        ? colourBatches(
            page.wordIds.map((id) => doc.words[id]),
            (w) => w.confidence,
            thresholds,
          ).map((b) => ({ color: b.color, fill: withAlpha(b.color, 0.2), polys: b.items.map((w) => w.poly) }))
        : [],
    [doc, page, thresholds],
  );
  const polys = useMemo(() => {
    if (!page) return { lines: [], paragraphs: [], tables: [], cells: [] };
    return {
      lines: page.lineIds.map((id) => doc.lines[id].poly),
      paragraphs: page.paragraphIds.map((id) => doc.paragraphs[id].poly),
      tables: page.tableIds.map((id) => doc.tables[id].poly),
      cells: page.tableIds.flatMap((t) => doc.tables[t].cellIds.map((id) => doc.cells[id].poly)),
    };
  }, [doc, page]);

  const sceneFunc = useCallback(
    (ctx: Konva.Context, shape: Konva.Shape) => {
      const c = ctx._context;
      // Stroke widths are in screen pixels whatever the zoom.
      const px = 1 / (shape.getAbsoluteScale().x || 1);
      c.lineJoin = 'round';
      if (layers.paragraphs)
        strokePolys(
          c,
          polys.paragraphs,
          LAYER_COLOURS.paragraph,
          STROKE.paragraph * px,
          LAYER_COLOURS.paragraphFill,
        );
      if (layers.tables) {
        strokePolys(c, polys.cells, LAYER_COLOURS.cell, STROKE.cell * px, LAYER_COLOURS.cellFill);
        strokePolys(c, polys.tables, LAYER_COLOURS.table, STROKE.table * px);
      }
      if (layers.lines) strokePolys(c, polys.lines, LAYER_COLOURS.line, STROKE.line * px);
      if (layers.words)
        for (const b of wordBatches) strokePolys(c, b.polys, b.color, STROKE.word * px, b.fill);
    },
    [layers, polys, wordBatches],
  );

  return <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}
