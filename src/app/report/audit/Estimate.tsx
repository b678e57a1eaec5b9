import { interval, pct } from '../figures.ts';
import type { Estimate as EstimateData } from './auditSchema.ts';

/** Word accuracy so far, with its Wilson 95% interval. */
export function Estimate({ estimate: e }: { estimate: EstimateData }) {
  return (
    <p
      className="audit-estimate"
      data-testid="audit-estimate"
      data-answered={e.answered}
      data-right={e.right}
      data-accuracy={e.accuracy ?? ''}
    >
      {e.answered === 0 ? (
        'No answer yet: the estimate appears with the first one.'
      ) : (
        <>
          Word accuracy <strong>{pct(e.accuracy)}</strong> (95% interval {interval(e.ci95)}), from {e.right}{' '}
          right of {e.answered} checked.
        </>
      )}
    </p>
  );
}
