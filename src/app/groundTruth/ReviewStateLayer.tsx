import { useCallback, useMemo } from 'react';
import type Konva from 'konva';
import { Layer, Shape } from '../canvas/konva.ts';
import { tracePoly } from '../canvas/paths.ts';
import type { DocumentModel, Point } from '../../model/index.ts';
import { useDocumentData } from '../document/documentData.tsx';
import { proofCode } from './loadProof.ts';
import { REVIEW_COLOURS } from './reviewColours.ts';

type Marked = keyof typeof REVIEW_COLOURS;

/**
 * Review states on the page while proofreading: reviewed words tinted, with a bar under their
 * baseline (green accepted, blue corrected, violet added, orange illegible). One shape per page.
 */
export function ReviewStateLayer({ doc, pageIndex }: { doc: DocumentModel; pageIndex: number }) {
  const data = useDocumentData();
  // Ground truth is shown only once proofreading's code has loaded.
  const ix = data.doc === doc ? (proofCode()?.shownIndex(data) ?? null) : null;
  const groups = useMemo(() => {
    const out = new Map<Marked, Point[][]>();
    const page = doc.pages[pageIndex];
    if (!ix || !page) return out;
    for (const wid of page.wordIds) {
      const w = doc.words[wid];
      const review = ix.fieldOf(w)?.review;
      if (!review || review === 'unreviewed' || review === 'deleted') continue;
      let list = out.get(review);
      if (!list) out.set(review, (list = []));
      list.push(w.poly);
    }
    return out;
  }, [doc, pageIndex, ix]);

  const sceneFunc = useCallback(
    (ctx: Konva.Context, shape: Konva.Shape) => {
      const c = ctx._context;
      const px = 1 / (shape.getAbsoluteScale().x || 1);
      for (const [review, polys] of groups) {
        const colour = REVIEW_COLOURS[review];
        c.beginPath();
        for (const p of polys) tracePoly(c, p);
        c.fillStyle = colour.fill;
        c.fill();
        // The bar along the bottom edge (v3 → v2): marks the state without hiding the letters.
        c.beginPath();
        for (const p of polys) {
          if (p.length < 4) continue;
          c.moveTo(p[3].x, p[3].y);
          c.lineTo(p[2].x, p[2].y);
        }
        c.strokeStyle = colour.line;
        c.lineWidth = 3 * px;
        c.stroke();
      }
    },
    [groups],
  );

  if (groups.size === 0) return null;
  return (
    <Layer listening={false}>
      <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
    </Layer>
  );
}
