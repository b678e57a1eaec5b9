import type { DocumentModel } from '../../../model/index.ts';
import { pageStats } from '../../../model/document/stats.ts';
import { usePanelData } from '../../document/documentData.tsx';
import { useUi } from '../../ui/uiStore.ts';
import type { Target } from '../../../model/document/target.ts';
import { ConfidenceBadge } from '../widgets/ConfidenceBadge.tsx';
import { formatCoord, formatCount, formatPercent } from '../../lib/format.ts';
import { CellDetails } from './CellDetails.tsx';
import { Heading, Props, Row, TargetLink, Vertices, WordChips } from './parts.tsx';
import { CropPreview } from './CropPreview.tsx';
import { targetInfo } from '../../../model/document/targetInfo.ts';
import type { DocSource } from '../../loaders/source.ts';
import type { DisplayPage } from '../../../model/document/displayPages.ts';
import './inspector.css';

/** Details of the selection: text, confidence, type, vertices, its line, paragraph and page. */
export function Inspector() {
  const { doc, pages, source } = usePanelData();
  const selection = useUi((s) => s.selection);
  const pageIndex = useUi((s) => s.page);
  return (
    <section
      className="inspector"
      data-testid="inspector"
      data-kind={selection?.kind ?? ''}
      data-id={selection?.id ?? ''}
    >
      {doc && selection ? (
        <>
          <Preview doc={doc} target={selection} source={source} pages={pages} />
          <Details doc={doc} target={selection} />
        </>
      ) : (
        <PageSummary doc={doc} pageIndex={pageIndex} size={pages[pageIndex] ?? null} />
      )}
    </section>
  );
}

function Preview({
  doc,
  target,
  source,
  pages,
}: {
  doc: DocumentModel;
  target: Target;
  source: DocSource | null;
  pages: DisplayPage[];
}) {
  const info = targetInfo(doc, target);
  const page = info ? pages[info.pageIndex] : null;
  if (!info || !page) return null;
  return <CropPreview source={source} pageIndex={info.pageIndex} page={page} poly={info.poly} />;
}

function Details({ doc, target }: { doc: DocumentModel; target: Target }) {
  switch (target.kind) {
    case 'word': {
      const w = doc.words[target.id];
      if (!w) return null;
      const line = doc.lines[w.lineId];
      const para = doc.paragraphs[w.paragraphId];
      return (
        <>
          <Heading kind="Word" text={w.text} />
          <Props>
            <Row k="Confidence">
              <ConfidenceBadge value={w.confidence} bar />
            </Row>
            <Row k="Type">{w.type ?? '—'}</Row>
            <Row k="lineBreak">{w.lineBreak === undefined ? '— (absent)' : String(w.lineBreak)}</Row>
            <Row k="Page">{w.pageIndex + 1}</Row>
            <Row k="Field">#{w.fieldIndex}</Row>
            {line && (
              <Row k="Line">
                <TargetLink target={{ kind: 'line', id: line.id }} text={line.text} />
              </Row>
            )}
            {para && (
              <Row k="Paragraph">
                <TargetLink target={{ kind: 'paragraph', id: para.id }} text={para.text} />
              </Row>
            )}
          </Props>
          <Vertices poly={w.poly} />
        </>
      );
    }
    case 'line': {
      const l = doc.lines[target.id];
      if (!l) return null;
      const para = doc.paragraphs[l.paragraphId];
      return (
        <>
          <Heading kind="Line" text={l.text} />
          <Props>
            <Row k="Confidence">
              <ConfidenceBadge value={l.confidence} bar />
            </Row>
            <Row k="Words">{l.wordIds.length}</Row>
            <Row k="Page">{l.pageIndex + 1}</Row>
            {para && (
              <Row k="Paragraph">
                <TargetLink target={{ kind: 'paragraph', id: para.id }} text={para.text} />
              </Row>
            )}
          </Props>
          <WordChips doc={doc} ids={l.wordIds} />
          <Vertices poly={l.poly} />
        </>
      );
    }
    case 'paragraph': {
      const p = doc.paragraphs[target.id];
      if (!p) return null;
      return (
        <>
          <Heading kind="Paragraph" text={p.text} />
          <Props>
            <Row k="Lines">{p.lineIds.length}</Row>
            <Row k="Page">{p.pageIndex + 1}</Row>
          </Props>
          <h4 className="sub">Lines</h4>
          <ul className="link-list">
            {p.lineIds.map((id) => (
              <li key={id}>
                <TargetLink target={{ kind: 'line', id }} text={doc.lines[id]?.text ?? ''} />
              </li>
            ))}
          </ul>
          <Vertices poly={p.poly} />
        </>
      );
    }
    case 'cell':
      return <CellDetails doc={doc} cellId={target.id} />;
    case 'table': {
      const t = doc.tables[target.id];
      if (!t) return null;
      return (
        <>
          <Heading kind="Table" text={`${t.rowCount} × ${t.columnCount}`} />
          <Props>
            <Row k="Confidence">
              <ConfidenceBadge value={t.confidence} bar />
            </Row>
            <Row k="Cells">{t.cellIds.length}</Row>
            <Row k="Page">{t.pageIndex + 1}</Row>
          </Props>
          <Vertices poly={t.poly} />
        </>
      );
    }
  }
}

function PageSummary({
  doc,
  pageIndex,
  size,
}: {
  doc: DocumentModel | null;
  pageIndex: number;
  size: { width: number; height: number } | null;
}) {
  const page = doc?.pages.find((p) => p.index === pageIndex) ?? null;
  const stats = doc && page ? pageStats(doc, pageIndex) : null;
  return (
    <div className="empty-panel">
      <p className="hint">Click a box on the page, or a word in the Text tab, to inspect it.</p>
      {size && (
        <>
          <h4 className="sub">Page {pageIndex + 1}</h4>
          <Props>
            <Row k="Size">
              {formatCoord(size.width)} × {formatCoord(size.height)}
              {page && <span className="muted"> ({page.sizeSource})</span>}
            </Row>
            {page && <Row k="Result">{page.inferResult}</Row>}
            {stats && (
              <>
                <Row k="Words">{formatCount(stats.words)}</Row>
                <Row k="Lines">
                  {formatCount(stats.lines)}
                  {page?.lineSource === 'geometry' && <span className="muted"> (from geometry)</span>}
                </Row>
                <Row k="Paragraphs">{formatCount(stats.paragraphs)}</Row>
                <Row k="Tables">{formatCount(stats.tables)}</Row>
                <Row k="Mean confidence">{stats.words ? formatPercent(stats.meanConfidence) : '—'}</Row>
              </>
            )}
          </Props>
        </>
      )}
    </div>
  );
}
