import type { GtField } from './types.ts';

/**
 * The fields a reader sees: deleted ones left out. A deleted field that ended a line (lineBreak)
 * hands the line end to the field before it, so deleting a line's last word keeps the line.
 */
export function liveFields(fields: readonly GtField[]): GtField[] {
  const out: GtField[] = [];
  for (const f of fields) {
    if (f.review !== 'deleted') {
      out.push(f);
      continue;
    }
    const last = out[out.length - 1];
    if (f.lineBreak === true && last && last.lineBreak === false)
      out[out.length - 1] = { ...last, lineBreak: true };
  }
  return out;
}
