import { useEffect, useRef, useState } from 'react';
import type { DocSource } from '../loaders/source.ts';
import type { Region } from '../loaders/source.ts';
import { renderQueue } from './renderQueue.ts';
import type { RasterView, Rendered } from './renderQueue.ts';

/** What the queue last delivered, with whose it is: a raster of another source or page is never shown. */
type Got = { source: DocSource; pageIndex: number; r: Rendered } | null;
const mine = (got: Got, source: DocSource | null, pageIndex: number) =>
  got && got.source === source && got.pageIndex === pageIndex ? got.r : null;

function useView(
  source: DocSource | null,
  pageIndex: number,
  open: (source: DocSource, onRaster: (r: Rendered) => void) => RasterView,
) {
  const [got, setGot] = useState<Got>(null);
  const view = useRef<RasterView | null>(null);
  useEffect(() => {
    if (!source) return;
    const v = open(source, (r) => setGot({ source, pageIndex, r }));
    view.current = v;
    return () => {
      v.release();
      view.current = null;
    };
    // `open` is one of the queue's methods, the same for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, pageIndex]);
  return { got: mine(got, source, pageIndex), view };
}

/** The raster of the page on screen at `scale` × natural size (0 = none wanted yet), as the queue has it. */
export function usePageRaster(source: DocSource | null, pageIndex: number, scale: number): Rendered | null {
  const { got, view } = useView(source, pageIndex, (s, on) => renderQueue.page(s, pageIndex, on));
  useEffect(() => view.current?.want(scale), [source, pageIndex, scale, view]);
  return got;
}

/** A sharp tile of part of the page (null: none needed now; the page raster covers it). */
export function useDetailRaster(
  source: DocSource | null,
  pageIndex: number,
  ask: { scale: number; region: Region } | null,
): Rendered | null {
  const { got, view } = useView(source, pageIndex, (s, on) => renderQueue.detail(s, pageIndex, on));
  const scale = ask?.scale ?? 0;
  const { x = 0, y = 0, width = 0, height = 0 } = ask?.region ?? {};
  useEffect(() => {
    if (!ask) view.current?.drop();
    else view.current?.want(scale, { x, y, width, height });
    // The region by value: a new object with the same numbers asks nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, pageIndex, !ask, scale, x, y, width, height, view]);
  return got;
}

/** A page's thumbnail, longer side at most `maxSide` px; background work, after the first page render. */
export function useThumbnail(source: DocSource | null, pageIndex: number, maxSide: number): Rendered | null {
  const [got, setGot] = useState<Got>(null);
  useEffect(() => {
    if (!source) return;
    return renderQueue.thumbnail(source, pageIndex, maxSide, (r) => setGot({ source, pageIndex, r }));
  }, [source, pageIndex, maxSide]);
  return mine(got, source, pageIndex);
}
