import { useMemo } from 'react';
import { Layer } from '../canvas/konva.ts';
import { CachedShape } from '../canvas/CachedShape.tsx';
import type { DocumentModel } from '../../model/index.ts';
import { useDocumentData } from '../document/documentData.tsx';
import { useUi } from '../ui/uiStore.ts';
import { useReview } from '../review/reviewStore.ts';
import { textLayerOn, useTextLayers } from './textLayerStore.ts';
import { useTextSource } from './useTextSource.ts';
import { layoutPage } from './wordLayout.ts';
import { paintText } from './paintText.ts';
import { pageExtent } from './pageExtent.ts';

interface Props {
  doc: DocumentModel;
  pageIndex: number;
}

/**
 * Text in place (issue 15 §5): each word's current text set inside its box, fitted and turned
 * with it, in one cached shape. Shown when toggled on (on by default without a page image) and
 * while the flick key is held. Words are laid out once per page and source, painted per zoom.
 */
export function TextLayer({ doc, pageIndex }: Props) {
  const hasImage = useDocumentData().source !== null;
  const on = useTextLayers((s) => textLayerOn(s, hasImage) || s.flick);
  const thresholds = useUi((s) => s.thresholds);
  const filterBelow = useReview((s) => s.filterBelow);
  const source = useTextSource(doc, pageIndex, on);
  const doubtBelow = filterBelow ?? thresholds.low;
  const words = useMemo(
    () => (source ? layoutPage(source.doc, pageIndex, doubtBelow, source.toPage) : null),
    [source, pageIndex, doubtBelow],
  );
  // Backings whiten each box over a page image; without one (or while it is flicked away)
  // the paper is white already. The flick keeps the painter: hiding the image repaints nothing.
  const paint = useMemo(() => (words ? paintText(words, { backing: hasImage }) : null), [words, hasImage]);
  const extent = useMemo(() => (paint ? pageExtent(doc, pageIndex) : null), [paint, doc, pageIndex]);
  if (!paint || !extent) return null;
  return (
    <Layer listening={false} name="text-layer">
      <CachedShape paint={paint} extent={extent} name="text" />
    </Layer>
  );
}
