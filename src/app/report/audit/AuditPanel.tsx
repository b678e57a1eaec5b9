import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { keyLabel } from '../../projects/runKey.ts';
import type { StoredDocument } from '../../projects/schemas.ts';
import { fetchAudit, fetchAuditItems, startAudit } from '../api.ts';
import { useReportUi } from '../reportStore.ts';
import { reportKeys } from '../useReportData.ts';
import { AuditFlow } from './AuditFlow.tsx';
import { Estimate } from './Estimate.tsx';
import { EarlierAudits } from './EarlierAudits.tsx';

/** A sampling audit (§5): draw N words of one option set, answer each, and get word accuracy. */
export function AuditPanel({
  projectId,
  keys,
  docs,
}: {
  projectId: string;
  keys: readonly string[];
  docs: readonly StoredDocument[];
}) {
  const client = useQueryClient();
  const auditId = useReportUi((s) => s.audits[projectId] ?? null);
  const setAudit = useReportUi((s) => s.setAuditId);
  const setAuditId = (id: string | null) => setAudit(projectId, id);
  const [key, setKey] = useState(keys[0] ?? '');
  const [size, setSize] = useState(50);
  // A fresh sample each time unless the reviewer types a seed (the same seed draws the same words).
  const [seed, setSeed] = useState(() => Math.floor(Math.random() * 100_000));
  const audit = useQuery({
    queryKey: reportKeys.audit(auditId ?? ''),
    queryFn: ({ signal }) => fetchAudit(auditId!, signal),
    enabled: auditId !== null,
    retry: false,
    staleTime: Infinity,
  });
  const items = useQuery({
    queryKey: reportKeys.auditItems(auditId ?? ''),
    queryFn: ({ signal }) => fetchAuditItems(auditId!, signal),
    enabled: auditId !== null,
    retry: false,
    staleTime: Infinity,
  });
  const start = useMutation({
    mutationFn: () => startAudit(projectId, keys.includes(key) ? key : keys[0], size, seed),
    onSuccess: (a) => {
      client.setQueryData(reportKeys.audit(a.id), a);
      setAuditId(a.id);
      // "Start another" then draws other words, unless the reviewer types this seed again.
      setSeed(Math.floor(Math.random() * 100_000));
    },
  });
  const a = audit.data;

  return (
    <section className="report-section" data-testid="audit-panel">
      <h3>Sampling audit</h3>
      <p className="muted">
        No ground truth, or not enough? Check a random sample of words by eye: the share you find right
        estimates the word accuracy of the whole project, with a 95% interval that narrows as you answer. A
        correction you type is kept with the audit, and written into the document's ground truth where that
        document has proofread words.
      </p>
      {a && auditId ? (
        <>
          <p>
            Auditing <strong>{keyLabel(a.key)}</strong>: {a.size} words drawn at random (seed {a.seed}) from
            its {a.population} words.{' '}
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => setAuditId(null)}>
              Start another
            </button>
          </p>
          <Estimate audit={a} />
          {items.data ? (
            <AuditFlow audit={a} items={items.data} docs={docs} />
          ) : items.isError ? (
            <p className="form-error">The sample's words could not be loaded: {items.error.message}</p>
          ) : (
            <p className="muted">Loading the sample…</p>
          )}
        </>
      ) : (
        <>
          <form
            className="audit-start"
            onSubmit={(e) => {
              e.preventDefault();
              start.mutate();
            }}
          >
            <label className="field">
              <span className="field-label">Option set</span>
              <select
                className="select"
                data-testid="audit-set"
                value={key}
                onChange={(e) => setKey(e.target.value)}
              >
                {keys.map((k) => (
                  <option key={k} value={k}>
                    {keyLabel(k)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">Words</span>
              <input
                className="select"
                type="number"
                min={1}
                max={2000}
                data-testid="audit-size"
                value={size}
                onChange={(e) => setSize(Math.max(1, Math.round(Number(e.target.value) || 1)))}
              />
            </label>
            <label className="field" title="The same seed draws the same words again">
              <span className="field-label">Seed</span>
              <input
                className="select"
                type="number"
                data-testid="audit-seed"
                value={seed}
                onChange={(e) => setSeed(Math.round(Number(e.target.value) || 0))}
              />
            </label>
            <button
              type="submit"
              className="btn btn-primary"
              data-testid="audit-start"
              disabled={start.isPending || !keys.length}
            >
              {start.isPending ? 'Drawing…' : 'Start the audit'}
            </button>
            {start.isError && (
              <span className="form-error">The audit could not start: {start.error.message}</span>
            )}
            {audit.isError && (
              <span className="form-error">The audit could not be loaded: {audit.error.message}</span>
            )}
          </form>
          <EarlierAudits projectId={projectId} open={setAuditId} />
        </>
      )}
    </section>
  );
}
