import { lazy, Suspense, useEffect } from 'react';
import { shortcutOf } from '../actions/registry.ts';
import { useDocStore } from '../document/docStore.ts';
import { useProjects } from './projectStore.ts';
import { useProjectList } from './queries.ts';
import { ProjectPicker } from './ProjectPicker.tsx';
import { ProjectView } from './ProjectView.tsx';
import { StoreError } from './StoreError.tsx';
import { useReportUi } from '../report/reportStore.ts';
import './projects.css';
import './projectList.css';

// The quality report (and its charts' library) loads when first opened.
const ReportView = lazy(() => import('../report/ReportView.tsx'));

/** Files dragged outside a project's list go nowhere (not into the viewer beneath). */
function swallowDrag(e: React.DragEvent) {
  if (!Array.from(e.dataTransfer.types).includes('Files')) return;
  e.preventDefault();
  e.stopPropagation();
  e.dataTransfer.dropEffect = 'none';
}

/** Projects over the viewer (which stays mounted beneath, with its document): picker and list. */
export default function ProjectsScreen() {
  const projectId = useProjects((s) => s.projectId);
  const hide = useProjects((s) => s.hideProjects);
  const setProject = useProjects((s) => s.setProject);
  const hasDocument = useDocStore((s) => s.source !== null || s.saved !== null);
  const list = useProjectList();
  const report = useReportUi((s) => s.open !== null && s.open === projectId);
  const closeReport = useReportUi((s) => s.closeReport);
  const project = list.data?.find((p) => p.id === projectId) ?? null;

  // Keys: the registry gives them to this view while it is shown (Esc goes back; the viewer's keys
  // rest). A paste would open in the viewer beneath: while this covers it, it only fills fields.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => e.stopPropagation();
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  // A project that vanished (deleted elsewhere) is no longer chosen.
  useEffect(() => {
    if (list.data && projectId && !project) setProject(null);
  }, [list.data, projectId, project, setProject]);

  return (
    <div
      className="projects-screen"
      data-testid="projects-screen"
      role="dialog"
      aria-label="Projects"
      onDragEnter={swallowDrag}
      onDragOver={swallowDrag}
      onDrop={swallowDrag}
    >
      <header className="projects-header">
        <nav className="crumbs" aria-label="Breadcrumbs">
          <button type="button" className="crumb" onClick={hide} data-testid="crumb-viewer">
            OCR Inspector
          </button>
          <span aria-hidden="true">›</span>
          <button
            type="button"
            className={project ? 'crumb' : 'crumb crumb-here'}
            onClick={() => setProject(null)}
            data-testid="crumb-projects"
          >
            Projects
          </button>
          {project && (
            <>
              <span aria-hidden="true">›</span>
              {report ? (
                <button type="button" className="crumb" onClick={closeReport} data-testid="crumb-project">
                  {project.name}
                </button>
              ) : (
                <span className="crumb crumb-here" data-testid="crumb-project">
                  {project.name}
                </span>
              )}
              {report && (
                <>
                  <span aria-hidden="true">›</span>
                  <span className="crumb crumb-here" data-testid="crumb-report">
                    Quality report
                  </span>
                </>
              )}
            </>
          )}
        </nav>
        <div className="toolbar-spacer" />
        <button
          type="button"
          className="btn"
          onClick={hide}
          data-testid="back-to-viewer"
          title={`Back to the viewer (${shortcutOf('closeProjects')})`}
        >
          {hasDocument ? '← Back to the document' : '← Back to the viewer'}
        </button>
      </header>
      <div className="projects-body">
        <ProjectPicker list={list} />
        {project && report ? (
          <Suspense fallback={<p className="muted pad">Loading the report…</p>}>
            <ReportView key={project.id} project={project} />
          </Suspense>
        ) : project ? (
          <ProjectView key={project.id} project={project} />
        ) : (
          <section className="projects-main projects-intro" data-testid="projects-intro">
            {list.isError ? (
              <StoreError
                title="The project store did not answer"
                error={list.error}
                retry={() => void list.refetch()}
              />
            ) : (
              <div className="projects-empty">
                <h2>{list.data?.length ? 'Choose a project' : 'Keep documents together in a project'}</h2>
                <p className="muted">
                  A project holds many documents on the relay: run OCR on all of them with one set of options,
                  watch the progress, and open each in the viewer. Files you open without a project are kept
                  in <strong>Inbox</strong>.
                </p>
                <p className="muted">Create a project on the left, or pick one.</p>
              </div>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
