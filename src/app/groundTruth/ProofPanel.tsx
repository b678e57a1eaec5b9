import { useDeferredValue, useMemo } from 'react';
import { reviewProgress } from '../../model/groundTruth/index.ts';
import { ActionButton } from '../actions/ActionButton.tsx';
import { shortcutOf } from '../actions/registry.ts';
import { useUi } from '../ui/uiStore.ts';
import { edits, useEdits } from './edits.ts';
import { useProof } from './proofStore.ts';
import { useReviewer } from './reviewer.ts';
import { liveOf } from './useProofResponse.ts';
import type { ProofIndex } from './proofIndex.ts';

/**
 * The keys at hand, from the registry: the in-place editor's while it is open, proofreading's
 * otherwise. Always one line, so the page below does not move when the editor opens or closes.
 */
const keysHint = (editing: boolean) =>
  (editing
    ? [
        `${shortcutOf('editorSave')} save, next`,
        `${shortcutOf('editorNext')} / ${shortcutOf('editorPrev')} next / previous`,
        `${shortcutOf('editorSplit')} split at the caret`,
        `${shortcutOf('editorCancel')} cancel`,
      ]
    : [
        `${shortcutOf('proofEdit')} edit`,
        `${shortcutOf('proofAccept')} accept`,
        `${shortcutOf('proofIllegible')} illegible`,
        `${shortcutOf('proofDelete')} false detection`,
        `${shortcutOf('proofMerge')} merge with next`,
        `${shortcutOf('proofNext')} next`,
      ]
  ).join(' · ');

const pct = (n: number, d: number) => (d === 0 ? 100 : Math.round((n / d) * 100));

/** Proofreading's panel over the canvas: progress, the walk's order, page actions, saving state. */
export function ProofPanel({
  ix,
  loading,
  error,
}: {
  ix: ProofIndex | null;
  loading: boolean;
  error: string | null;
}) {
  // Counted a render after an edit, so the editor moves on first.
  const local = useDeferredValue(useEdits((s) => s.local));
  const status = useEdits((s) => s.status);
  const syncError = useEdits((s) => s.error);
  const pending = useEdits((s) => s.pending.length);
  const conflicts = useEdits((s) => s.conflicts);
  const order = useProof((s) => s.order);
  const region = useProof((s) => s.region);
  const drawing = useProof((s) => s.drawing);
  const editing = useProof((s) => s.editing !== null);
  const name = useReviewer((s) => s.name);
  const pageIdx = useUi((s) => s.page);
  // Over the live words: the relay's ground truth leaves deleted words out, so counting them here
  // would give one reviewer (who deleted) other figures than another, or than after a reload.
  const progress = useMemo(() => (local ? reviewProgress(liveOf(local)) : null), [local]);
  const pageNo = ix?.doc.pages[pageIdx]?.index ?? pageIdx;
  const page = progress?.pages.find((p) => p.page === pageNo);

  const closeButton = (
    <ActionButton action="toggleProofreading" className="btn btn-ghost proof-close" title="Stop proofreading">
      ✕
    </ActionButton>
  );
  return (
    <section className="proof-panel" aria-label="Proofreading" data-testid="proof-panel">
      <header className="proof-head">
        <strong>Proofreading</strong>
        <button
          type="button"
          className="proof-who"
          title="Change the reviewer's name"
          onClick={() => useReviewer.getState().ask(true)}
        >
          {name || 'no name yet'}
        </button>
      </header>
      {error && <p className="proof-error">{error}</p>}
      {loading && !error && <p className="muted">Loading the ground truth…</p>}
      {progress && (
        <div
          className="proof-progress"
          data-testid="review-progress"
          data-reviewed={progress.reviewed}
          data-total={progress.total}
          data-page-reviewed={page?.reviewed ?? 0}
          data-page-total={page?.total ?? 0}
        >
          <span>Page {pageNo + 1}</span>
          <div className="proof-bar" aria-hidden="true">
            <div style={{ width: `${pct(page?.reviewed ?? 0, page?.total ?? 0)}%` }} />
          </div>
          <span>
            {page?.reviewed ?? 0} / {page?.total ?? 0}
          </span>
          <span>Document</span>
          <div className="proof-bar" aria-hidden="true">
            <div style={{ width: `${pct(progress.reviewed, progress.total)}%` }} />
          </div>
          <span>
            {progress.reviewed} / {progress.total} reviewed
          </span>
        </div>
      )}
      <div className="proof-actions">
        <ActionButton action="proofOrder" className="btn" title="Change the walk's order">
          {order === 'confidence' ? 'Order: lowest confidence first' : 'Order: reading'}
        </ActionButton>
        <ActionButton action="proofAcceptPage" className="btn" data-testid="accept-page">
          {(kbd) => <>Accept rest of page {kbd}</>}
        </ActionButton>
        <ActionButton action="proofRegion" className={drawing ? 'btn on' : 'btn'} data-testid="missed-text">
          {(kbd) => <>Missed text {kbd}</>}
        </ActionButton>
        <ActionButton action="proofUndo" className="btn" data-testid="gt-undo">
          Undo
        </ActionButton>
        <ActionButton action="proofRedo" className="btn" data-testid="gt-redo">
          Redo
        </ActionButton>
      </div>
      {drawing && <p className="muted">Drag a box around the text the OCR missed (Esc: stop).</p>}
      <p className="muted proof-keys" data-testid="proof-keys" data-editing={editing}>
        {keysHint(editing)}
      </p>
      {region.busy && <p className="muted">Recognising the region…</p>}
      {region.message && <p className="proof-error">{region.message}</p>}
      <p className={`proof-sync ${status}`} data-testid="gt-sync" data-status={status} data-pending={pending}>
        {status === 'synced' && 'All changes saved'}
        {status === 'saving' && `Saving ${pending} change${pending === 1 ? '' : 's'}…`}
        {status === 'retrying' && (
          <>
            Not saved yet ({pending} waiting): {syncError}{' '}
            <button type="button" className="link" onClick={() => edits.retry()}>
              Retry now
            </button>
          </>
        )}
      </p>
      {conflicts.length > 0 && (
        <div className="proof-conflicts" role="alert" data-testid="gt-conflicts">
          <strong>Not applied (the words changed meanwhile):</strong>
          <ul>
            {conflicts.slice(-5).map((c, i) => (
              <li key={i}>
                {c.label}: {c.message}
              </li>
            ))}
          </ul>
          <button type="button" className="link" onClick={() => edits.dismissConflicts()}>
            Dismiss
          </button>
        </div>
      )}
      {closeButton}
    </section>
  );
}
