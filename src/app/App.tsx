import { memo } from 'react';
import { Toolbar } from './panels/Toolbar.tsx';
import { Thumbnails } from './panels/Thumbnails.tsx';
import { SidePanel } from './panels/SidePanel.tsx';
import { StatusBar } from './panels/StatusBar.tsx';
import { ErrorBanner } from './panels/ErrorBanner.tsx';
import { EmptyState } from './panels/EmptyState.tsx';
import { DropZone } from './panels/DropZone.tsx';
import { PdfRangeDialog } from './panels/PdfRangeDialog.tsx';
import { ErrorBoundary } from './panels/ErrorBoundary.tsx';
import { PageNav } from './panels/PageNav.tsx';
import { ZoomControls } from './panels/ZoomControls.tsx';
import { SourceSwitch } from './panels/SourceSwitch.tsx';
import { Stage } from './canvas/Stage.tsx';
import { useDocumentData } from './state/documentData.tsx';
import { useAppKeyboard } from './keyboard/useAppKeyboard.ts';
import { useReviewWiring } from './review/useReviewWiring.ts';
import { SearchBar } from './review/SearchBar.tsx';
import { useSampleFromUrl } from './samples/useSampleFromUrl.ts';
import { CompareView } from './compare/CompareView.tsx';
import { useCompare } from './compare/compareStore.ts';
import { ProjectsLayer } from './projects/ProjectsLayer.tsx';

// The panels read the document from context a render after the canvas (useDocumentData); memo
// keeps the canvas's own renders from re-rendering them with the previous data first.
const PageList = memo(Thumbnails);
const Side = memo(SidePanel);
const Status = memo(StatusBar);
const Tools = memo(Toolbar);

/** Layout only: toolbar, pages, canvas, side panel, status bar. */
export function App() {
  const data = useDocumentData();
  useAppKeyboard(data);
  useReviewWiring(data);
  useSampleFromUrl();
  const comparing = useCompare((s) => s.open);
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
            {comparing && !empty ? <CompareView /> : <Stage />}
            {empty && <EmptyState />}
          </ErrorBoundary>
          {!empty && <PageNav />}
          {!empty && <ZoomControls />}
          {!empty && !comparing && <SourceSwitch />}
          {!empty && <SearchBar />}
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
