import { useEffect, useMemo } from 'react';
import { Layer } from '../canvas/konva.ts';
import { CachedShape } from '../canvas/CachedShape.tsx';
import type { DocumentModel } from '../../model/index.ts';
import { useTextLayers } from './textLayerStore.ts';
import { loadOrder, useOrderCode } from './loadOrder.ts';
import { pageExtent } from './pageExtent.ts';
import { useBoxes } from '../canvas/useBoxes.ts';

interface Props {
  doc: DocumentModel;
  pageIndex: number;
}

/**
 * Reading order (issue 15 §6): the path through the page's words or lines in the response's own
 * order, numbered, in one cached shape; steps that leave the text's flow stand out as jumps.
 */
export function ReadingOrderLayer({ doc: shown, pageIndex }: Props) {
  // The path joins boxes only: a proofreading edit (new text, same boxes) does not redraw it.
  const doc = useBoxes(shown);
  const on = useTextLayers((s) => s.order);
  const unit = useTextLayers((s) => s.orderUnit);
  // Loaded by the actions that turn the layer on; here too, should anything else turn it on.
  const code = useOrderCode((s) => s.code);
  const wanted = on && !code;
  useEffect(() => {
    if (wanted) loadOrder().catch(() => useTextLayers.setState({ order: false }));
  }, [wanted]);
  const path = useMemo(
    () => (on && code ? code.readingPath(code.orderedPolys(doc, pageIndex, unit)) : null),
    [on, code, doc, pageIndex, unit],
  );
  const paint = useMemo(() => (path && code ? code.paintOrder(path) : null), [path, code]);
  const extent = useMemo(() => (paint ? pageExtent(doc, pageIndex) : null), [paint, doc, pageIndex]);
  if (!paint || !extent) return null;
  return (
    <Layer listening={false} name="reading-order-layer">
      <CachedShape paint={paint} extent={extent} name="order" />
    </Layer>
  );
}
