/** 0.98765 → "98.8%". NaN → "–". */
export function formatPercent(c: number, digits = 1): string {
  return Number.isFinite(c) ? `${(c * 100).toFixed(digits)}%` : '–';
}

/** World coordinates as shown in the inspector: integers stay integers, others get one decimal. */
export function formatCoord(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
