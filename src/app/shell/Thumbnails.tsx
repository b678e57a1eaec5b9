import { memo, useEffect, useRef } from 'react';
import type { DocSource } from '../loaders/source.ts';
import type { DisplayPage } from '../../model/document/displayPages.ts';
import { usePanelData } from '../document/documentData.tsx';
import { useUi } from '../ui/uiStore.ts';
import { useDoubtfulCounts } from '../review/useDoubtfulCounts.ts';

const THUMB_PX = 220;

/** Page strip: a small raster (or blank paper) per page, with word count and failure marks. */
export function Thumbnails() {
  const { source, pages } = usePanelData();
  const current = useUi((s) => s.page);
  const setPage = useUi((s) => s.setPage);
  const doubtful = useDoubtfulCounts();
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    listRef.current?.querySelector(`[data-page="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  // An empty column read as broken; say what will appear here.
  if (pages.length === 0)
    return (
      <nav className="thumbs" aria-label="Pages">
        <div className="thumbs-head">Pages</div>
        <p className="thumbs-empty">Pages of the open document appear here.</p>
      </nav>
    );
  return (
    <nav className="thumbs" aria-label="Pages">
      <div className="thumbs-head">
        Pages <span className="muted">{pages.length}</span>
      </div>
      <ol ref={listRef} className="thumbs-list" data-testid="thumbnails">
        {pages.map((p) => (
          <li
            key={p.index}
            data-page={p.index}
            data-words={p.model?.wordIds.length ?? 0}
            data-result={p.model?.inferResult ?? ''}
            data-doubtful={doubtful?.get(p.index) ?? 0}
          >
            <button
              type="button"
              className={p.index === current ? 'thumb on' : 'thumb'}
              aria-current={p.index === current ? 'page' : undefined}
              data-testid={`thumb-${p.index}`}
              onClick={() => setPage(p.index)}
            >
              <Thumb source={source} page={p} />
              <span className="thumb-foot">
                <span>{p.index + 1}</span>
                <ThumbBadge page={p} />
                {!!doubtful?.get(p.index) && (
                  <span
                    className="badge badge-doubt"
                    title="Doubtful words (below the threshold); N / Shift+N walks them"
                    aria-label={`${doubtful.get(p.index)} doubtful words`}
                  >
                    {doubtful.get(p.index)} ?
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function ThumbBadge({ page }: { page: DisplayPage }) {
  const m = page.model;
  if (!m) return <span className="badge badge-muted">no result</span>;
  if (m.inferResult !== 'SUCCESS') return <span className="badge badge-error">{m.inferResult}</span>;
  return <span className="badge">{m.wordIds.length} words</span>;
}

const Thumb = memo(function Thumb({ source, page }: { source: DocSource | null; page: DisplayPage }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const aspect = page.height / Math.max(1, page.width);
  const hasRaster = !!source && !!page.raster;

  useEffect(() => {
    if (!source || !page.raster) return;
    let live = true;
    source.thumbnail(page.index, THUMB_PX).then(
      (img) => {
        const c = canvas.current;
        if (!live || !c) return;
        c.width = img.width;
        c.height = img.height;
        c.getContext('2d')?.drawImage(img, 0, 0);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [source, page.index, page.raster]);

  return (
    <span className="thumb-paper" style={{ aspectRatio: `${1} / ${Math.min(4, Math.max(0.25, aspect))}` }}>
      {hasRaster ? <canvas ref={canvas} /> : <span className="thumb-blank">blank</span>}
    </span>
  );
});
