import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { DocumentModel } from '../../../model/index.ts';
import { pageText } from '../../../model/document/text.ts';
import { usePanelData } from '../../document/documentData.tsx';
import { useUi } from '../../ui/uiStore.ts';
import { hoverStore } from '../../ui/hoverStore.ts';
import type { Target } from '../../../model/document/target.ts';
import { targetFromElement, useHoverClass } from '../widgets/useHoverClass.ts';
import { CopyButton } from '../widgets/CopyButton.tsx';
import { useSearchWordMarks } from '../../review/useReviewData.ts';
import './text.css';

const selector = (t: Target) => `[data-target-kind="${t.kind}"][data-target-id="${t.id}"]`;

/**
 * The page's reconstructed text, paragraph by paragraph, line by line. Hover and click are
 * synced both ways with the canvas; a selection scrolls into view.
 */
export function TextPanel() {
  const { doc } = usePanelData();
  const pageIndex = useUi((s) => s.page);
  const selection = useUi((s) => s.selection);
  const select = useUi((s) => s.select);
  const low = useUi((s) => s.thresholds.low);
  const root = useRef<HTMLDivElement>(null);
  const matches = useSearchWordMarks(doc);
  const page = doc?.pages.find((p) => p.index === pageIndex) ?? null;
  useHoverClass(root, selector);

  useEffect(() => {
    if (!selection) return;
    root.current
      ?.querySelector(selector(selection))
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selection, pageIndex]);

  const onOver = useCallback((e: React.MouseEvent) => hoverStore.set(targetFromElement(e.target)), []);
  const onLeave = useCallback(() => hoverStore.set(null), []);
  const onClick = useCallback((e: React.MouseEvent) => select(targetFromElement(e.target)), [select]);
  const text = useMemo(() => (doc && page ? pageText(doc, pageIndex) : ''), [doc, page, pageIndex]);

  if (!doc || !page)
    return (
      <div className="empty-panel" data-testid="text-panel">
        <p className="hint">No text for this page yet. Run OCR, or open a saved response.</p>
      </div>
    );

  return (
    <section className="text-panel" data-testid="text-panel">
      <div className="panel-bar">
        <span className="muted">
          {page.paragraphIds.length} paragraphs · {page.lineIds.length} lines
        </span>
        {page.lineSource === 'geometry' && (
          <span
            className="note"
            data-testid="line-source-note"
            title="This response has no lineBreak flags (V1, or V2 from 2020)"
          >
            Lines from geometry
          </span>
        )}
        <CopyButton text={text} label="Copy text" />
      </div>
      <div ref={root} className="text-body" onMouseOver={onOver} onMouseLeave={onLeave} onClick={onClick}>
        {page.paragraphIds.length === 0 && <p className="muted">No words on this page.</p>}
        {page.paragraphIds.map((pid) => (
          <Paragraph key={pid} doc={doc} id={pid} selection={selection} low={low} matches={matches} />
        ))}
      </div>
    </section>
  );
}

function Paragraph({
  doc,
  id,
  selection,
  low,
  matches,
}: {
  doc: DocumentModel;
  id: number;
  selection: Target | null;
  low: number;
  /** Search hits (review/SearchBar), marked in the text as on the canvas. */
  matches: ReadonlyMap<number, 'hit' | 'current'>;
}) {
  const p = doc.paragraphs[id];
  const on = (kind: Target['kind'], tid: number) => selection?.kind === kind && selection.id === tid;
  return (
    <div
      className={on('paragraph', id) ? 'para selected' : 'para'}
      data-target-kind="paragraph"
      data-target-id={id}
    >
      {p.lineIds.map((lid) => (
        <div
          key={lid}
          className={on('line', lid) ? 'tline selected' : 'tline'}
          data-target-kind="line"
          data-target-id={lid}
        >
          {doc.lines[lid].wordIds.map((wid, i) => (
            <span key={wid}>
              {i > 0 && ' '}
              <span
                className={on('word', wid) ? 'tword selected' : 'tword'}
                data-target-kind="word"
                data-target-id={wid}
                data-low={doc.words[wid].confidence < low ? 'true' : undefined}
                data-match={matches.get(wid)}
              >
                {doc.words[wid].text}
              </span>
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}
