import { lazy, Suspense, useEffect, useRef } from 'react';
import { queryClient } from '../document/queryClient.ts';
import { useProjects } from './projectStore.ts';
import { readProjectParams } from './projectUrl.ts';
import { storeViewerRuns } from './storeViewerRuns.ts';

// Stored documents' code loads when first used, off the viewer's first load.
const navigate = () => import('./navigate.ts');

// The project view is loaded when first shown, keeping it out of the viewer's first load.
const ProjectsScreen = lazy(() => import('./ProjectsScreen.tsx'));

/**
 * Everything projects add to the app in one element: the project view over the viewer when shown,
 * `?doc=` / `?projects` links, and storing viewer runs (next/previous document: actions/documents.ts).
 */
export function ProjectsLayer() {
  const screen = useProjects((s) => s.screen);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const p = readProjectParams(location.search);
    if (p.doc)
      void import('./openStored.ts').then((m) =>
        m.openStoredDocument(p.doc!, { projectId: p.project, runId: p.run }),
      );
    if (p.list) useProjects.getState().showProjects(p.project ?? undefined);
  }, []);

  useEffect(() => storeViewerRuns(queryClient), []);

  // A stored document opened from a link: its project's order, for next / previous.
  useEffect(
    () =>
      useProjects.subscribe((s, prev) => {
        const pid = s.current?.projectId;
        if (pid && pid !== prev.current?.projectId && s.order?.projectId !== pid)
          void navigate().then((m) => m.orderOf(pid).catch(() => {}));
      }),
    [],
  );

  if (!screen) return null;
  return (
    <Suspense fallback={<div className="projects-screen" data-testid="projects-loading" />}>
      <ProjectsScreen />
    </Suspense>
  );
}
