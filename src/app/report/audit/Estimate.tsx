import { interval, pct } from '../figures.ts';
import type { Audit } from './auditSchema.ts';

/** Word accuracy so far, with its Wilson 95% interval. */
export function Estimate({ audit: a }: { audit: Audit }) {
  return (
    <p
      className="audit-estimate"
      data-testid="audit-estimate"
      data-answered={a.answered}
      data-right={a.right}
      data-accuracy={a.accuracy ?? ''}
    >
      {a.answered === 0 ? (
        'No answer yet: the estimate appears with the first one.'
      ) : (
        <>
          Word accuracy <strong>{pct(a.accuracy)}</strong> (95% interval {interval(a.ci95)}), from {a.right}{' '}
          right of {a.answered} checked
          {a.answered < a.size && `; the interval narrows as you check more`}.
        </>
      )}
    </p>
  );
}
