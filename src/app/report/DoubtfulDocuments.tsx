import { useState } from 'react';
import { keyLabel } from '../projects/runKey.ts';
import type { StoredDocument } from '../projects/schemas.ts';
import { mostDoubtful, pct } from './figures.ts';
import { openAt } from './openAt.ts';
import type { SetReport } from './schema.ts';
import { runOf } from './useReportData.ts';

const FIRST = 10;

/**
 * Per document and option set, what the OCR says of itself (issue 16 §6): the documents with the
 * most doubtful words first, each opening in the viewer with the run of the first set that read it.
 */
export function DoubtfulDocuments({
  projectId,
  sets,
  docs,
}: {
  projectId: string;
  sets: readonly SetReport[];
  docs: readonly StoredDocument[];
}) {
  const [all, setAll] = useState(false);
  const total = mostDoubtful(sets, Infinity).length;
  const rows = mostDoubtful(sets, all ? Infinity : FIRST);
  if (rows.length === 0) return null;
  return (
    <>
      <h4>Documents with the most doubtful words</h4>
      <table className="report-table" data-testid="doubtful-documents">
        <thead>
          <tr>
            <th>Document</th>
            {sets.map((s) => (
              <th key={s.key} className="fig">
                {keyLabel(s.key)}
                <div className="report-th-sub">doubtful · mean confidence</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const first = r.bySet.findIndex((x) => x !== null);
            return (
              <tr key={r.id} data-testid="doubtful-document" data-doc-id={r.id}>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      void openAt({
                        documentId: r.id,
                        projectId,
                        runId: first < 0 ? null : runOf(docs, r.id, sets[first].key),
                        page: 0,
                      })
                    }
                  >
                    {r.name}
                  </button>
                </td>
                {r.bySet.map((x, k) => (
                  <td key={sets[k].key} className="fig">
                    {x ? `${pct(x.doubtfulShare)} · ${pct(x.meanConfidence)}` : '–'}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {total > FIRST && (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST}` : `Show all ${total}`}
        </button>
      )}
    </>
  );
}
