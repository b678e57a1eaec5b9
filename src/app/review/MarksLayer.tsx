import { useCallback, useMemo } from 'react';
import { Layer, Shape } from '../canvas/konva.ts';
import type Konva from 'konva';
import type { DocumentModel, Point } from '../../model/index.ts';
import { tracePoly } from '../canvas/paths.ts';
import { useReview } from './reviewStore.ts';
import { useScore, useSearchMatches } from './useReviewData.ts';
import { pageMarks } from './marks.ts';
import { MARK_COLOURS } from './markColours.ts';
import { useProof } from '../groundTruth/proofStore.ts';

interface Props {
  doc: DocumentModel;
  pageIndex: number;
}

/** Search hits and misrecognised words over the page, on their own small layer. */
export function MarksLayer({ doc, pageIndex }: Props) {
  const matches = useSearchMatches(doc);
  const matchIndex = useReview((s) => s.matchIndex);
  const showErrors = useReview((s) => s.showErrors);
  // While proofreading, the page shows the ground truth itself: scoring it against itself marks
  // nothing and costs a full CER pass over the page after every edit (~300 ms on 20,000 words).
  const proofreading = useProof((s) => s.on);
  const score = useScore(showErrors && !proofreading ? doc : null);
  const errorIds = useMemo(
    () => (showErrors && score ? score.pages.flatMap((p) => p.errorWordIds) : []),
    [score, showErrors],
  );
  const marks = useMemo(
    () => pageMarks(doc, pageIndex, matches, matchIndex, errorIds),
    [doc, pageIndex, matches, matchIndex, errorIds],
  );

  const sceneFunc = useCallback(
    (ctx: Konva.Context, shape: Konva.Shape) => {
      const c = ctx._context;
      const px = 1 / (shape.getAbsoluteScale().x || 1);
      c.lineJoin = 'round';
      const draw = (polys: Point[][], fill: string, stroke: string, width: number) => {
        if (polys.length === 0) return;
        c.beginPath();
        for (const p of polys) tracePoly(c, p);
        c.fillStyle = fill;
        c.fill();
        c.strokeStyle = stroke;
        c.lineWidth = width * px;
        c.stroke();
      };
      draw(marks.errors, MARK_COLOURS.errorFill, MARK_COLOURS.error, 2.5);
      draw(marks.search, MARK_COLOURS.searchFill, MARK_COLOURS.search, 2);
      draw(marks.current, MARK_COLOURS.currentFill, MARK_COLOURS.current, 3.5);
    },
    [marks],
  );

  if (marks.errors.length + marks.search.length + marks.current.length === 0) return null;
  return (
    <Layer listening={false}>
      <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
    </Layer>
  );
}
