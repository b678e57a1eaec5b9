import type { ReactNode } from 'react';
import type { View } from '../../model/index.ts';
import { Layer, Stage as KStage } from './konva.ts';
import { PageRaster } from './PageRaster.tsx';
import type { PageRasterProps } from './PageRaster.tsx';

/**
 * A Konva stage under one view transform with the page raster as its first layer; callers add
 * their own layers after it (the main page and each side of the compare view). Nothing listens:
 * pointer input goes through the spatial index. With no page the stage stays mounted and empty, so
 * its canvases exist before a document arrives (allocating them cost ~15 ms of the first draw).
 */
export function PageStage(
  props: Omit<PageRasterProps, 'page'> & {
    page: PageRasterProps['page'] | null;
    view: View;
    children?: ReactNode;
  },
) {
  const { source, page, view, viewport, children } = props;
  return (
    <KStage
      width={viewport.width}
      height={viewport.height}
      scaleX={view.scale}
      scaleY={view.scale}
      x={view.x}
      y={view.y}
      listening={false}
    >
      <Layer listening={false}>
        {page && <PageRaster source={source} page={page} view={view} viewport={viewport} />}
      </Layer>
      {children}
    </KStage>
  );
}
