import type { DiffKind } from '../../model/index.ts';

/**
 * One colour per diff kind, away from the confidence scale's red→green so a compare view is
 * never read as confidence. Same words are dimmed so the differences stand out.
 */
export const DIFF_COLOURS: Record<DiffKind, { stroke: string; fill: string; label: string }> = {
  same: { stroke: 'rgba(148, 163, 184, 0.45)', fill: 'rgba(148, 163, 184, 0.05)', label: 'Same' },
  changed: { stroke: 'rgba(245, 158, 11, 1)', fill: 'rgba(245, 158, 11, 0.28)', label: 'Changed' },
  confidence: { stroke: 'rgba(56, 189, 248, 1)', fill: 'rgba(56, 189, 248, 0.2)', label: 'Confidence' },
  missing: { stroke: 'rgba(244, 63, 94, 1)', fill: 'rgba(244, 63, 94, 0.28)', label: 'Missing in B' },
  extra: { stroke: 'rgba(34, 197, 94, 1)', fill: 'rgba(34, 197, 94, 0.28)', label: 'Extra in B' },
};

/** Drawn in this order so the differences sit on top of the dimmed same words. */
export const DRAW_ORDER: DiffKind[] = ['same', 'confidence', 'changed', 'missing', 'extra'];
