import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { OptionsBar } from '../shell/toolbar/OptionsBar.tsx';
import { useUi } from '../ui/uiStore.ts';
import { toRunOptions as formRunOptions } from '../run/runOptions.ts';
import { cancelBatch, startBatch } from './api.ts';
import { batchFinished, batchFraction, batchText } from './batchProgress.ts';
import { invalidateProject } from './queries.ts';
import { useProjects } from './projectStore.ts';
import { keyLabel, optionsKey, toStoredOptions } from './runKey.ts';
import type { BatchProgress, Project, StoredDocument } from './schemas.ts';

/** "Run all" with the viewer's options, then the batch's live progress, its failures, and cancel. */
export function BatchPanel({
  project,
  docs,
  batch,
}: {
  project: Project;
  docs: readonly StoredDocument[];
  batch: UseQueryResult<BatchProgress>;
}) {
  const client = useQueryClient();
  const watched = useProjects((s) => s.batches[project.id] ?? null);
  const setBatch = useProjects((s) => s.setBatch);
  const form = useUi((s) => s.options);
  const opts = toStoredOptions(formRunOptions(form, null, 0));
  const key = optionsKey(opts);
  const start = useMutation({
    mutationFn: () => startBatch(project.id, opts),
    onSuccess: (id) => {
      setBatch(project.id, { id, key });
      void invalidateProject(client, project.id);
    },
  });
  const cancel = useMutation({
    mutationFn: (id: string) => cancelBatch(id),
    onSettled: () => void batch.refetch(),
  });
  const p = batch.data;
  const finished = !!p && batchFinished(p);
  const running = !!p && !finished;

  // The last poll's news reaches the list once more when the batch ends.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && finished) void invalidateProject(client, project.id);
    wasRunning.current = running;
  }, [running, finished, client, project.id]);

  // The batch names its failures (CLOVA's code and message); an older store only the documents list.
  const failures = p?.documents
    ? p.documents.flatMap((d) =>
        d.status === 'failed'
          ? [
              {
                id: d.documentId,
                name: d.name,
                failure: { code: d.error?.code ?? 'failed', message: d.error?.message ?? '' },
              },
            ]
          : [],
      )
    : watched
      ? docs.flatMap((d) => {
          const r = d.runs.find((x) => x.key === watched.key && x.status === 'failed');
          return r?.failure ? [{ id: d.id, name: d.name, failure: r.failure }] : [];
        })
      : [];
  const alreadyDone = docs.filter((d) => d.runs.some((r) => r.key === key && r.status === 'done')).length;
  const noEngine = !opts.engine;
  const allDone = alreadyDone === docs.length;

  return (
    <div className="batch-panel" data-testid="batch-panel">
      <div className="batch-row">
        <OptionsBar />
        <button
          type="button"
          className="btn btn-primary"
          data-testid="run-all"
          disabled={running || start.isPending || noEngine || allDone}
          title={
            noEngine
              ? 'No OCR engine is available on the relay.'
              : 'Queue one job per document; documents already run with these options keep their run.'
          }
          onClick={() => start.mutate()}
        >
          {running
            ? 'Batch running…'
            : allDone
              ? 'All done with these options'
              : alreadyDone > 0 && alreadyDone < docs.length
                ? `Run the other ${docs.length - alreadyDone}`
                : `Run all ${docs.length}`}
        </button>
        <span className="muted batch-hint">
          {alreadyDone > 0 && !running
            ? `${alreadyDone} of ${docs.length} already done with these options: kept, not run again. Pick other options to compare.`
            : 'One job per document; finished runs are reused, failed ones retried'}
        </span>
      </div>
      {start.isError && <p className="form-error">The batch did not start: {start.error.message}</p>}
      {batch.isError && watched && (
        <p className="form-error">
          The batch's progress is not available: {batch.error.message}{' '}
          <button type="button" className="link" onClick={() => setBatch(project.id, null)}>
            Dismiss
          </button>
        </p>
      )}
      {p && watched && (
        <div className="batch-progress-row">
          <div
            className="progress"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={p.total}
            aria-valuenow={p.done + p.failed}
            data-testid="batch-progress"
            data-done={p.done}
            data-failed={p.failed}
            data-running={p.running}
            data-queued={p.queued}
            data-total={p.total}
            data-finished={finished}
          >
            <div className="progress-done" style={{ width: `${(p.total ? p.done / p.total : 1) * 100}%` }} />
            <div
              className="progress-failed"
              style={{ width: `${(p.total ? p.failed / p.total : 0) * 100}%` }}
            />
          </div>
          <span className="batch-text" data-testid="batch-text">
            {finished ? 'Finished: ' : ''}
            {batchText(p)} <span className="muted">· {keyLabel(p.key ?? watched.key)}</span>
          </span>
          {running ? (
            <button
              type="button"
              className="btn btn-sm"
              data-testid="batch-cancel"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate(watched.id)}
            >
              {cancel.isPending ? 'Cancelling…' : 'Cancel'}
            </button>
          ) : (
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => setBatch(project.id, null)}>
              Dismiss
            </button>
          )}
          <span className="muted">{Math.round(batchFraction(p) * 100)}%</span>
        </div>
      )}
      {cancel.isError && <p className="form-error">Not cancelled: {cancel.error.message}</p>}
      {failures.length > 0 && (
        <details className="batch-failures" data-testid="batch-failures" open={failures.length <= 5}>
          <summary>
            {failures.length} document{failures.length === 1 ? '' : 's'} failed
          </summary>
          <ul>
            {failures.slice(0, 100).map(({ id, name, failure }) => (
              <li key={id} data-testid="batch-failure">
                <strong>{name}</strong> <code>{failure.code}</code> {failure.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
