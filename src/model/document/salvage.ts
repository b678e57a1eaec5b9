import { ModelPoint } from '../geometry/point.ts';
import type { Point } from '../types.ts';
import type { WarningLog } from './warnings.ts';

/**
 * Lenient readers for one value of a CLOVA response each: they keep what is usable, substitute a
 * stated default for what is not, and say so in the warning log. `where` is a JSON path.
 */

/** Coordinates beyond this are not pixels of any image CLOVA accepts (50 MB cap). */
export const MAX_COORD = 1e7;

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const usableCoord = (v: unknown): v is number => typeof v === 'number' && Math.abs(v) <= MAX_COORD;

/** A boundingPoly's vertices, dropping any that are not finite numbers within ±MAX_COORD. */
export function readPoly(boundingPoly: unknown, where: string, log: WarningLog): Point[] {
  if (!isRecord(boundingPoly)) {
    log.add(`${where}.boundingPoly: missing or not an object`);
    return [];
  }
  const vertices = boundingPoly.vertices;
  if (!Array.isArray(vertices)) {
    log.add(`${where}.boundingPoly.vertices: missing or not an array`);
    return [];
  }
  const out: Point[] = [];
  for (let i = 0; i < vertices.length; i++) {
    const v: unknown = vertices[i];
    // NaN fails the range check (comparisons with NaN are false), Infinity too.
    if (isRecord(v) && usableCoord(v.x) && usableCoord(v.y)) out.push(new ModelPoint(v.x, v.y));
  }
  if (out.length < vertices.length) {
    log.add(`${where}.boundingPoly: dropped ${vertices.length - out.length} of ${vertices.length} vertices`);
  }
  return out;
}

/** Confidence in 0..1; out-of-range values are clamped, non-numbers become 0. */
export function readConfidence(value: unknown, where: string, log: WarningLog): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    log.add(`${where}.inferConfidence: missing or not a number; 0 assumed`);
    return 0;
  }
  if (value < 0 || value > 1) {
    log.add(`${where}.inferConfidence: ${value} outside 0..1; clamped`);
    return Math.min(1, Math.max(0, value));
  }
  return value;
}

/** Text as given (markup included: it is data, rendered as text); numbers/booleans stringified. */
export function readText(value: unknown, where: string, log: WarningLog): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    log.add(`${where}.inferText: ${typeof value} instead of string; converted`);
    return String(value);
  }
  log.add(`${where}.inferText: missing or not a string; empty text assumed`);
  return '';
}

/** A short, never-throwing description of a bad value for a warning. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value);
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

/** An integer in [min, max], or null (with a warning) when absent or out of range. */
export function readInt(
  value: unknown,
  min: number,
  max: number,
  where: string,
  log: WarningLog,
): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  log.add(`${where}: ${describe(value)} is not an integer in ${min}..${max}`);
  return null;
}

/** A plain string, or the fallback (with a warning) when absent or not a string. */
export function readString(value: unknown, fallback: string, where: string, log: WarningLog): string {
  if (typeof value === 'string') return value;
  log.add(`${where}: missing or not a string; "${fallback}" assumed`);
  return fallback;
}

/** An array, or [] with a warning (silently [] when absent and `optional`). */
export function readArray(value: unknown, where: string, log: WarningLog, optional = false): unknown[] {
  if (Array.isArray(value)) return value;
  if (!(optional && value === undefined))
    log.add(`${where}: ${value === undefined ? 'missing' : 'not an array'}`);
  return [];
}
