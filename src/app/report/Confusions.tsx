import { useState } from 'react';
import type { StoredDocument } from '../projects/schemas.ts';
import { openAt } from './openAt.ts';
import type { Confusion, Example, SetReport } from './schema.ts';
import { runOf } from './useReportData.ts';

const SHOWN = 15;

/** A character as the list shows it: spaces visible, nothing as ∅. */
const glyph = (s: string) => (s === '' ? '∅' : s.replace(/ /g, '␣'));

function describe(c: Confusion): string {
  if (c.op === 'ins') return `“${glyph(c.actual)}” added`;
  if (c.op === 'del') return `“${glyph(c.expected)}” missed`;
  return `“${glyph(c.expected)}” read as “${glyph(c.actual)}”`;
}

/** The most frequent character confusions; each opens its examples on the canvas. */
export function Confusions({
  projectId,
  set,
  docs,
}: {
  projectId: string;
  set: SetReport;
  docs: readonly StoredDocument[];
}) {
  const [open, setOpen] = useState<number | null>(null);
  if (set.confusions.length === 0) return null;
  const show = (e: Example) =>
    void openAt({
      documentId: e.documentId,
      projectId,
      runId: runOf(docs, e.documentId, set.key),
      page: e.page,
      fieldIndex: e.field ?? undefined,
    });
  const docName = (id: string) => docs.find((d) => d.id === id)?.name ?? id;
  return (
    <section className="report-section" data-testid="confusions">
      <h3>Most frequent confusions</h3>
      <p className="muted">
        Characters of the ground truth the OCR changed, added or missed, most frequent first. Click one to see
        where it happened; click an example to open it in the viewer with the word selected.
      </p>
      <ol className="confusion-list">
        {set.confusions.slice(0, SHOWN).map((c, i) => (
          <li
            key={`${c.op}:${c.expected}:${c.actual}`}
            data-testid="confusion"
            data-op={c.op}
            data-actual={c.actual}
          >
            <button
              type="button"
              className="confusion"
              aria-expanded={open === i}
              onClick={() => setOpen(open === i ? null : i)}
            >
              <span className="confusion-what">{describe(c)}</span>
              <span className="confusion-count">× {c.count}</span>
            </button>
            {open === i && (
              <ul className="confusion-examples">
                {c.examples.length === 0 && <li className="muted">No example located.</li>}
                {c.examples.map((e, j) => (
                  <li key={j}>
                    <button
                      type="button"
                      className="link"
                      data-testid="confusion-example"
                      onClick={() => show(e)}
                    >
                      {docName(e.documentId)}, page {e.page + 1}
                      {e.field !== null && `, word ${e.field + 1}`}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
