import { lazy, memo, Suspense } from 'react';
import { Toolbar } from './toolbar/Toolbar.tsx';
import { Thumbnails } from './Thumbnails.tsx';
import { SidePanel } from '../side/SidePanel.tsx';
import { StatusBar } from './status/StatusBar.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';
import { EmptyState } from './EmptyState.tsx';
import { DropZone } from './DropZone.tsx';
import { PdfRangeDialog } from './PdfRangeDialog.tsx';
import { ErrorBoundary } from '../lib/ErrorBoundary.tsx';
import { PageNav } from './PageNav.tsx';
import { ZoomControls } from './ZoomControls.tsx';
import { SourceSwitch } from './SourceSwitch.tsx';
import { Stage } from '../canvas/Stage.tsx';
import type { DocumentModel } from '../../model/index.ts';
import { useDocumentData } from '../document/documentData.tsx';
import { useShortcuts } from '../actions/useShortcuts.ts';
import { SearchBar } from '../review/SearchBar.tsx';
import { MarksLayer } from '../review/MarksLayer.tsx';
import { TextLayer } from '../textLayers/TextLayer.tsx';
import { ReadingOrderLayer } from '../textLayers/ReadingOrderLayer.tsx';
import { useReview } from '../review/reviewStore.ts';
import { useUrlView } from '../share/useUrlView.ts';
import { useSampleFromUrl } from '../samples/useSampleFromUrl.ts';
import { useCompare } from '../compare/compareStore.ts';
import { ProjectsLayer } from '../projects/ProjectsLayer.tsx';
import { ProofLayer } from '../groundTruth/ProofLayer.tsx';
import { ReviewStateLayer } from '../groundTruth/ReviewStateLayer.tsx';
// Last, so its narrow-window overrides follow the rules they override.
import './narrow.css';

// The panels read the document from context a render after the canvas (useDocumentData); memo
// keeps the canvas's own renders from re-rendering them with the previous data first.
const PageList = memo(Thumbnails);
const Side = memo(SidePanel);
const Status = memo(StatusBar);
const Tools = memo(Toolbar);
// Compare's view loads when first opened, off the viewer's first load.
const CompareView = lazy(() =>
  import('../compare/CompareView.tsx').then((m) => ({ default: m.CompareView })),
);

/** The feature layers drawn on the page canvas (the canvas itself imports no feature). */
const featureLayers = (doc: DocumentModel, pageIndex: number) => (
  <>
    <ReviewStateLayer doc={doc} pageIndex={pageIndex} />
    <TextLayer doc={doc} pageIndex={pageIndex} />
    <ReadingOrderLayer doc={doc} pageIndex={pageIndex} />
    <MarksLayer doc={doc} pageIndex={pageIndex} />
  </>
);

/** Layout only: toolbar, pages, canvas, side panel, status bar. */
export function App() {
  const data = useDocumentData();
  useShortcuts(data);
  // A large response's first page comes before the full model: a shared view needs all its pages.
  useUrlView(data.complete ? data.doc : null);
  useSampleFromUrl();
  const comparing = useCompare((s) => s.open);
  const filterBelow = useReview((s) => s.filterBelow);
  const empty = data.pages.length === 0;
  return (
    <div className="app">
      <ErrorBoundary label="The toolbar">
        <Tools />
      </ErrorBoundary>
      <main className="workspace">
        <ErrorBoundary label="The page list" resetKey={data.doc}>
          <PageList />
        </ErrorBoundary>
        <section className="canvas-col">
          <ErrorBoundary label="The messages" resetKey={data.doc}>
            <ErrorBanner />
          </ErrorBoundary>
          <ErrorBoundary label="The page view" resetKey={data.doc}>
            {/* The page stage stays mounted under the empty state: see Stage. */}
            {comparing && !empty ? (
              <Suspense fallback={null}>
                <CompareView />
              </Suspense>
            ) : (
              <Stage filterBelow={filterBelow}>{featureLayers}</Stage>
            )}
            {empty && <EmptyState />}
          </ErrorBoundary>
          {!empty && <PageNav />}
          {!empty && <ZoomControls />}
          {!empty && !comparing && <SourceSwitch />}
          {!empty && <SearchBar />}
          {!empty && !comparing && <ProofLayer />}
        </section>
        <Side />
      </main>
      <ErrorBoundary label="The status bar" resetKey={data.doc}>
        <Status />
      </ErrorBoundary>
      <DropZone />
      <PdfRangeDialog />
      <ProjectsLayer />
    </div>
  );
}
