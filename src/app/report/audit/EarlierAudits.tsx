import { useQuery, useQueryClient } from '@tanstack/react-query';
import { keyLabel } from '../../projects/runKey.ts';
import { fetchAudits } from '../api.ts';
import { interval, pct } from '../figures.ts';
import { reportKeys } from '../useReportData.ts';

/**
 * The project's earlier audits with what they found, newest first: an audit is work a reviewer
 * comes back to (after closing the report, or on another day), so each can be continued.
 */
export function EarlierAudits({ projectId, open }: { projectId: string; open: (id: string) => void }) {
  const client = useQueryClient();
  const audits = useQuery({
    queryKey: reportKeys.audits(projectId),
    queryFn: ({ signal }) => fetchAudits(projectId, signal),
    retry: false,
  });
  const list = audits.data ?? [];
  if (list.length === 0) return null;
  return (
    <>
      <h4>Earlier audits</h4>
      <ul className="audit-list" data-testid="earlier-audits">
        {list.map((a) => (
          <li key={a.id} data-testid="earlier-audit" data-id={a.id}>
            <strong>{keyLabel(a.key)}</strong>: {a.answered} of {a.size} words checked
            {a.answered > 0 && `, word accuracy ${pct(a.accuracy)} (95% interval ${interval(a.ci95)})`}.{' '}
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              data-testid="audit-continue"
              onClick={() => {
                client.setQueryData(reportKeys.audit(a.id), a);
                open(a.id);
              }}
            >
              {a.answered < a.size ? 'Continue' : 'Review the answers'}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
