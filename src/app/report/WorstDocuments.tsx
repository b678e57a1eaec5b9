import { useState } from 'react';
import type { StoredDocument } from '../projects/schemas.ts';
import { pct, worstDocuments } from './figures.ts';
import { openAt } from './openAt.ts';
import type { SetReport } from './schema.ts';
import { runOf } from './useReportData.ts';

const FIRST = 10;

/** The set's documents, worst first, each opening in the viewer at its worst page. */
export function WorstDocuments({
  projectId,
  set,
  docs,
}: {
  projectId: string;
  set: SetReport;
  docs: readonly StoredDocument[];
}) {
  const [all, setAll] = useState(false);
  const withTruth = set.documents.filter((d) => d.cer !== null).length;
  const rows = worstDocuments(set.documents, all ? withTruth : FIRST);
  const name = (id: string, given?: string) => given ?? docs.find((d) => d.id === id)?.name ?? id;
  if (withTruth === 0) return null;
  return (
    <section className="report-section" data-testid="worst-documents">
      <h3>Worst documents first</h3>
      <p className="muted">Open one to see its worst page in the viewer, with this option set's run.</p>
      <table className="report-table">
        <thead>
          <tr>
            <th>Document</th>
            <th>CER</th>
            <th>WER</th>
            <th>Worst page</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => {
            const page = d.worstPage ?? 0;
            return (
              <tr key={d.id} data-testid="worst-row" data-doc-id={d.id} data-cer={d.cer ?? ''}>
                <td>
                  <button
                    type="button"
                    className="link"
                    data-testid="worst-open"
                    onClick={() =>
                      void openAt({ documentId: d.id, projectId, runId: runOf(docs, d.id, set.key), page })
                    }
                  >
                    {name(d.id, d.name)}
                  </button>
                </td>
                <td className="fig">{pct(d.cer)}</td>
                <td className="fig">{pct(d.wer)}</td>
                <td className="fig">{page + 1}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {withTruth > FIRST && (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => setAll(!all)}>
          {all ? `Show the worst ${FIRST}` : `Show all ${withTruth}`}
        </button>
      )}
    </section>
  );
}
