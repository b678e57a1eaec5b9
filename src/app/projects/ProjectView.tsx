import { useEffect, useMemo, useState } from 'react';
import { useUi } from '../ui/uiStore.ts';
import { useProjects } from './projectStore.ts';
import { useBatch, useDocuments } from './queries.ts';
import { batchFinished } from './batchProgress.ts';
import { DEFAULT_QUERY, statusCounts, viewDocuments } from './listView.ts';
import type { ListQuery } from './listView.ts';
import type { Project } from './schemas.ts';
import { useShownKey } from './useShownKey.ts';
import { withBatchStatus } from './batchOverlay.ts';
import { AddDocuments } from './AddDocuments.tsx';
import { useAddDocuments } from './useAddDocuments.ts';
import { BatchPanel } from './BatchPanel.tsx';
import { ListControls } from './ListControls.tsx';
import { DocumentList } from './DocumentList.tsx';
import { StoreError } from './StoreError.tsx';
import { ActionButton } from '../actions/ActionButton.tsx';

/** One project: add documents, run them all, watch the batch, and the list of documents. */
export function ProjectView({ project }: { project: Project }) {
  const watched = useProjects((s) => s.batches[project.id] ?? null);
  const setOrder = useProjects((s) => s.setOrder);
  const notice = useProjects((s) => s.notice);
  const batch = useBatch(watched?.id ?? null);
  const batchRunning = !!batch.data && !batchFinished(batch.data);
  // The batch's own statuses update the rows (see withBatchStatus): the large list is polled slowly.
  const docs = useDocuments(project.id, batchRunning ? 4000 : false);
  const all = useMemo(() => withBatchStatus(docs.data ?? [], batch.data), [docs.data, batch.data]);
  const { shown, keys, pick } = useShownKey(all, watched?.key ?? null);
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);
  const rows = useMemo(() => viewDocuments(all, query, shown), [all, query, shown]);
  const counts = useMemo(() => statusCounts(all, shown), [all, shown]);
  const threshold = useUi((s) => s.thresholds.low);
  const add = useAddDocuments(project.id);

  // The list's order is the order next / previous walk in the viewer.
  useEffect(() => {
    setOrder(
      project.id,
      rows.map((d) => d.id),
    );
  }, [project.id, rows, setOrder]);

  const onDrop = (e: React.DragEvent) => {
    if (!Array.from(e.dataTransfer.types).includes('Files')) return;
    e.preventDefault();
    e.stopPropagation();
    add.add(Array.from(e.dataTransfer.files));
  };
  const onDrag = (e: React.DragEvent) => {
    if (!Array.from(e.dataTransfer.types).includes('Files')) return;
    // Drops here go into the project, not into the viewer beneath.
    e.preventDefault();
    e.stopPropagation();
    e.dataTransfer.dropEffect = 'copy';
  };

  return (
    <section
      className="projects-main"
      data-testid="project-view"
      data-project-id={project.id}
      onDragEnter={onDrag}
      onDragOver={onDrag}
      onDrop={onDrop}
    >
      <div className="project-head">
        <h2 data-testid="project-title">{project.name}</h2>
        <span className="muted" data-testid="project-count" data-count={all.length}>
          {docs.isSuccess ? `${all.length} document${all.length === 1 ? '' : 's'}` : ''}
        </span>
        <div className="toolbar-spacer" />
        {all.length > 0 && (
          <ActionButton action="openReport" className="btn" data-testid="open-report">
            {(kbd) => <>Quality report {kbd}</>}
          </ActionButton>
        )}
        <AddDocuments add={add} />
      </div>
      {notice && <p className="form-error">{notice}</p>}
      {all.length > 0 && <BatchPanel project={project} docs={all} batch={batch} />}
      {docs.isError ? (
        <StoreError
          title="The documents could not be listed"
          error={docs.error}
          retry={() => void docs.refetch()}
        />
      ) : docs.isPending ? (
        <p className="muted pad">Loading documents…</p>
      ) : all.length === 0 ? (
        <div className="projects-empty drop-target" data-testid="project-empty">
          <h2>No documents in this project yet</h2>
          <p className="muted">
            Add images (JPG, PNG), PDFs or TIFFs: pick files, a whole folder, or a <code>.zip</code>, or drop
            them here. A saved CLOVA response <code>name.json</code> beside <code>name.png</code> comes in as
            a run of it.
          </p>
          <AddDocuments add={add} large />
        </div>
      ) : (
        <>
          <ListControls
            query={query}
            setQuery={setQuery}
            counts={counts}
            shown={shown}
            keys={keys}
            pick={pick}
          />
          {rows.length === 0 ? (
            <p className="muted pad" data-testid="list-no-match">
              No document matches. Clear the filter to see all {all.length}.
            </p>
          ) : (
            <DocumentList projectId={project.id} rows={rows} shown={shown} doubtfulBelow={threshold} />
          )}
        </>
      )}
    </section>
  );
}
