import { useLayoutEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ActionButton } from '../../actions/ActionButton.tsx';
import type { StoredDocument } from '../../projects/schemas.ts';
import { answerAudit } from '../api.ts';
import { useReportUi } from '../reportStore.ts';
import { reportKeys } from '../useReportData.ts';
import type { Audit, Verdict } from './auditSchema.ts';
import { answered, nextOpen, progressText } from './progress.ts';
import { WordCrop } from './WordCrop.tsx';

/**
 * The audit's keyboard flow: one word at a time (its crop and its text), answered right, wrong
 * or corrected by the registry's keys; answers go to the relay in order, the screen does not
 * wait for them.
 */
export function AuditFlow({ audit, docs }: { audit: Audit; docs: readonly StoredDocument[] }) {
  const client = useQueryClient();
  const items = audit.items;
  const [pos, setPos] = useState<number | null>(() => nextOpen(items, -1));
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const item = pos === null ? null : items[pos];
  const key = reportKeys.audit(audit.id);

  const answer = (verdict: Verdict, correction: string | null) => {
    if (pos === null || !item) return;
    const at = pos;
    const local = items.map((x, i) => (i === at ? answered(x, verdict, correction) : x));
    client.setQueryData<Audit>(key, (a) => (a ? { ...a, items: local } : a));
    setPos(nextOpen(local, at));
    setDraft(null);
    queue.current = queue.current
      .then(() => answerAudit(audit.id, item.index, verdict, correction))
      .then((a) => {
        // The relay's estimate; the answers given meanwhile stay as shown.
        client.setQueryData<Audit>(key, (cur) =>
          cur
            ? { ...a, items: a.items.map((x, i) => (cur.items[i]?.verdict && !x.verdict ? cur.items[i] : x)) }
            : a,
        );
        setError(null);
      })
      .catch((e: unknown) => {
        setError(`An answer was not saved: ${e instanceof Error ? e.message : String(e)}`);
        void client.invalidateQueries({ queryKey: key });
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
        <progress value={items.filter((x) => x.verdict).length} max={items.length} />
        <span data-testid="audit-progress">{progressText(items)}</span>
      </div>
      {item ? (
        <div className="audit-word" data-testid="audit-word" data-index={item.index}>
          <div className="muted">
            Word {pos! + 1} of {items.length} · {docName(item.documentId)}, page {item.page + 1}
            {typeof item.confidence === 'number' && ` · confidence ${(item.confidence * 100).toFixed(0)}%`}
            {item.verdict && ` · answered ${item.verdict}`}
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
                answer(text === item.text ? 'right' : 'wrong', text === item.text ? null : text);
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
      {error && <p className="form-error">{error}</p>}
    </div>
  );
}
