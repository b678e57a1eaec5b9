import { useLayoutEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ActionButton } from '../../actions/ActionButton.tsx';
import type { StoredDocument } from '../../projects/schemas.ts';
import { answerAudit } from '../api.ts';
import { useReportUi } from '../reportStore.ts';
import { reportKeys } from '../useReportData.ts';
import type { Answer, Audit, AuditItem } from './auditSchema.ts';
import { answered, correctionNote, nextOpen, progressText } from './progress.ts';
import { WordCrop } from './WordCrop.tsx';

/**
 * The audit's keyboard flow: one word at a time (its crop and its text), answered right, wrong
 * or corrected by the registry's keys; answers go to the relay in order, the screen does not
 * wait for them.
 */
export function AuditFlow({
  audit,
  items,
  docs,
}: {
  audit: Audit;
  items: readonly AuditItem[];
  docs: readonly StoredDocument[];
}) {
  const client = useQueryClient();
  const [pos, setPos] = useState<number | null>(() => nextOpen(items, -1));
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const item = pos === null ? null : items[pos];
  const itemsKey = reportKeys.auditItems(audit.id);

  const answer = (kind: Answer, correction: string | null) => {
    if (pos === null || !item) return;
    const at = pos;
    const local = items.map((x, i) => (i === at ? answered(x, kind, correction) : x));
    client.setQueryData<AuditItem[]>(itemsKey, local);
    setPos(nextOpen(local, at));
    setDraft(null);
    // One answer at a time, in the order given; the screen has moved on already.
    queue.current = queue.current
      .then(() => answerAudit(audit.id, item.n, kind, correction))
      .then((res) => {
        client.setQueryData<Audit>(reportKeys.audit(audit.id), res.progress);
        setError(null);
        setNote(kind === 'corrected' ? correctionNote(res.groundTruth, docName(item.documentId)) : null);
      })
      .catch((e: unknown) => {
        setError(`An answer was not saved: ${e instanceof Error ? e.message : String(e)}`);
        void client.invalidateQueries({ queryKey: reportKeys.audit(audit.id) });
      });
  };

  const keys = {
    right: () => answer('right', null),
    wrong: () => answer('wrong', null),
    correct: () => item && setDraft(item.correction ?? item.text),
    back: () => {
      setDraft(null);
      setPos((p) => (p === null ? items.length - 1 : Math.max(0, p - 1)));
    },
  };
  const keysRef = useRef(keys);
  keysRef.current = keys;
  const [ready, setReady] = useState(false);
  useLayoutEffect(() => {
    const set = useReportUi.getState().setAuditKeys;
    set({
      right: () => keysRef.current.right(),
      wrong: () => keysRef.current.wrong(),
      correct: () => keysRef.current.correct(),
      back: () => keysRef.current.back(),
    });
    setReady(true);
    return () => set(null);
  }, []);

  const docName = (id: string) => docs.find((d) => d.id === id)?.name ?? id;
  return (
    <div className="audit-flow" data-testid="audit-flow" data-ready={ready} data-pos={pos ?? ''}>
      <div className="audit-progress">
        <progress value={items.filter((x) => x.answer).length} max={items.length} />
        <span data-testid="audit-progress">{progressText(items)}</span>
      </div>
      {item ? (
        <div className="audit-word" data-testid="audit-word" data-n={item.n}>
          <div className="muted">
            Word {pos! + 1} of {items.length} · {docName(item.documentId)}, page {item.page + 1}
            {typeof item.confidence === 'number' && ` · confidence ${(item.confidence * 100).toFixed(0)}%`}
            {item.answer && ` · answered ${item.answer}`}
          </div>
          <WordCrop item={item} />
          <div className="audit-text" data-testid="audit-text">
            {item.text || <span className="muted">(empty)</span>}
          </div>
          {draft !== null ? (
            <form
              className="audit-correct"
              onSubmit={(e) => {
                e.preventDefault();
                const text = draft.trim();
                if (text === '') return;
                if (text === item.text) answer('right', null);
                else answer('corrected', text);
              }}
            >
              <input
                className="select"
                autoFocus
                aria-label="The word as it should read"
                data-testid="audit-correction"
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') {
                    e.stopPropagation();
                    setDraft(null);
                  }
                }}
              />
              <button type="submit" className="btn btn-primary btn-sm">
                Save (Enter)
              </button>
              <span className="muted">Esc: cancel</span>
            </form>
          ) : (
            <div className="audit-buttons">
              <ActionButton action="auditRight" className="btn audit-right" data-testid="audit-right">
                {(kbd) => <>Right {kbd}</>}
              </ActionButton>
              <ActionButton action="auditWrong" className="btn audit-wrong" data-testid="audit-wrong">
                {(kbd) => <>Wrong {kbd}</>}
              </ActionButton>
              <ActionButton action="auditCorrect" className="btn" data-testid="audit-correct">
                {(kbd) => <>Correct it {kbd}</>}
              </ActionButton>
              <ActionButton action="auditBack" className="btn btn-ghost" data-testid="audit-back">
                {(kbd) => <>Back {kbd}</>}
              </ActionButton>
            </div>
          )}
        </div>
      ) : (
        <p data-testid="audit-done">
          Every word of the sample is answered. Go back (<kbd>←</kbd>) to change an answer, or start another
          audit.
        </p>
      )}
      {note && (
        <p className="muted" data-testid="audit-correction-note">
          {note}
        </p>
      )}
      {error && <p className="form-error">{error}</p>}
    </div>
  );
}
