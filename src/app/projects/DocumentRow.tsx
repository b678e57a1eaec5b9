import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAccessKey } from '../run/accessKey.ts';
import { deleteDocument, documentFileUrl } from './api.ts';
import { runFor, statusOf } from './listView.ts';
import { openStoredDocument } from './openStored.ts';
import { useProjects } from './projectStore.ts';
import { invalidateProject, useRunSummary } from './queries.ts';
import { keyLabel } from './runKey.ts';
import type { StoredDocument, StoredRun } from './schemas.ts';

export const ROW_HEIGHT = 52;

const STATUS_TEXT = {
  done: 'done',
  failed: 'failed',
  running: 'running',
  queued: 'queued',
  none: 'not run',
} as const;

/** One document: thumbnail, name, pages, its runs' status, and the shown run's confidence. */
export function DocumentRow({
  projectId,
  doc,
  index,
  top,
  shown,
  doubtfulBelow,
}: {
  projectId: string;
  doc: StoredDocument;
  index: number;
  top: number;
  shown: string;
  doubtfulBelow: number;
}) {
  const client = useQueryClient();
  const hide = useProjects((s) => s.hideProjects);
  const status = statusOf(doc, shown);
  const run = runFor(doc, shown);
  const summary = useRunSummary(run?.status === 'done' ? run.id : null, doubtfulBelow);
  const remove = useMutation({
    mutationFn: () => deleteDocument(doc.id),
    onSettled: () => void invalidateProject(client, projectId),
  });
  const open = () => {
    hide();
    void openStoredDocument(doc.id, { projectId, runId: run?.status === 'done' ? run.id : null });
  };
  const s = summary.data;
  return (
    <div
      className="doc-row"
      role="row"
      tabIndex={0}
      aria-rowindex={index + 1}
      data-testid="document-row"
      data-doc-id={doc.id}
      data-name={doc.name}
      data-status={status}
      style={{ transform: `translateY(${top}px)` }}
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === 'Enter') open();
      }}
      title={`Open ${doc.name} in the viewer`}
    >
      <Thumb doc={doc} />
      <span className="doc-name" role="cell">
        <span className="doc-name-text">{doc.name}</span>
        <span className="muted doc-format">{doc.format.toUpperCase()}</span>
      </span>
      <span role="cell" className="doc-num" data-testid="row-pages">
        {doc.pages || '–'}
      </span>
      <span role="cell" className="run-chips">
        {doc.runs.length === 0 ? (
          <span className="muted">not run</span>
        ) : (
          doc.runs.slice(0, 3).map((r) => <RunChip key={r.id} run={r} shown={r.key === shown} />)
        )}
        {doc.runs.length > 3 && <span className="muted">+{doc.runs.length - 3}</span>}
      </span>
      <span role="cell" className="doc-num" data-testid="row-confidence">
        {s && s.words > 0
          ? `${(s.meanConfidence * 100).toFixed(1)}%`
          : status === 'done' && s
            ? 'no words'
            : ''}
        {!s && status !== 'done' && <span className="muted">{STATUS_TEXT[status]}</span>}
      </span>
      <span role="cell" className="doc-num" data-testid="row-doubtful">
        {s ? s.doubtful : ''}
      </span>
      <span role="cell">
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          aria-label={`Delete ${doc.name}`}
          title="Delete this document and its runs"
          disabled={remove.isPending}
          onClick={(e) => {
            e.stopPropagation();
            if (window.confirm(`Delete ${doc.name} and its runs from this project? This cannot be undone.`))
              remove.mutate();
          }}
        >
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
            <path
              d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.3"
              strokeLinejoin="round"
            />
          </svg>
        </button>
      </span>
    </div>
  );
}

function RunChip({ run, shown }: { run: StoredRun; shown: boolean }) {
  const why = run.failure ? `\n${run.failure.code}: ${run.failure.message}` : '';
  const label = run.imported ? 'imported' : keyLabel(run.key);
  return (
    <span
      className={`run-chip run-${run.status}${shown ? ' run-shown' : ''}`}
      title={`${label}: ${run.status}${why}`}
      data-key={run.key}
      data-status={run.status}
    >
      {run.status === 'failed' && run.failure ? run.failure.code : label}
    </span>
  );
}

const IMAGE_FORMATS = new Set(['jpg', 'jpeg', 'png']);

/** An image's own bytes at thumbnail size (lazy); a page icon for PDFs and TIFFs, which need decoding. */
function Thumb({ doc }: { doc: StoredDocument }) {
  const keyed = useAccessKey((s) => s.key !== '');
  if (IMAGE_FORMATS.has(doc.format.toLowerCase()) && !keyed)
    return <img className="doc-thumb" src={documentFileUrl(doc.id)} alt="" loading="lazy" decoding="async" />;
  return (
    <span className="doc-thumb doc-thumb-icon" aria-hidden="true">
      <svg width="22" height="26" viewBox="0 0 22 26">
        <path
          d="M3 1h11l5 5v19H3z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.4"
          strokeLinejoin="round"
        />
        <path d="M6 11h10M6 15h10M6 19h7" stroke="currentColor" strokeWidth="1.2" />
      </svg>
      <span className="doc-thumb-label">{doc.format.toUpperCase()}</span>
    </span>
  );
}
