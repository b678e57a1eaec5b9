import type { StepKind } from '../../model/textLayer/readingPath.ts';

/** How each kind of step is stroked: the painter's and the legend's (which loads without the painter). */
export const ORDER_STYLE: Record<StepKind, { colour: string; width: number; dash: number[] }> = {
  next: { colour: 'rgba(37, 99, 235, 0.9)', width: 1.6, dash: [] },
  down: { colour: 'rgba(100, 116, 139, 0.75)', width: 1.2, dash: [5, 4] },
  jump: { colour: 'rgba(234, 88, 12, 0.95)', width: 2.6, dash: [] },
};
