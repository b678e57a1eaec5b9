import { useProjects } from './projectStore.ts';
import './projectsButton.css';

const step = async (s: 1 | -1) => (await import('./navigate.ts')).openNeighbour(s);

/** The toolbar's way into projects, and (for a stored document) previous / next in its project. */
export function ProjectsButton({ primary = false }: { primary?: boolean }) {
  const show = useProjects((s) => s.showProjects);
  const current = useProjects((s) => s.current);
  const order = useProjects((s) => s.order);
  const ids = order && current && order.projectId === current.projectId ? order.ids : null;
  const at = ids && current ? ids.indexOf(current.docId) : -1;
  return (
    <>
      <button
        type="button"
        className={primary ? 'btn btn-lg' : 'btn'}
        data-testid={primary ? 'projects-open-empty' : 'projects-button'}
        title="Projects: documents kept on the relay, batch runs over many documents"
        onClick={() => show(current?.projectId ?? undefined)}
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
          <path
            d="M2 3.5h4l1.5 1.5H14v7.5H2zM2 7h12"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinejoin="round"
          />
        </svg>
        Projects
      </button>
      {!primary && ids && at >= 0 && (
        <span className="doc-nav" data-testid="doc-nav">
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            title="Previous document (Alt+PageUp or [)"
            disabled={at === 0}
            data-testid="doc-prev"
            onClick={() => void step(-1)}
          >
            ‹
          </button>
          <span className="muted" data-testid="doc-position">
            {at + 1} / {ids.length}
          </span>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            title="Next document (Alt+PageDown or ])"
            disabled={at === ids.length - 1}
            data-testid="doc-next"
            onClick={() => void step(1)}
          >
            ›
          </button>
        </span>
      )}
    </>
  );
}
