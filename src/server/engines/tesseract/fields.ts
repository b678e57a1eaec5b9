import type { Field, Vertex } from '../../../clova/index.ts';
import type { Run, RunLine } from './cjkRuns.ts';
import type { Box } from './tsv.ts';

/**
 * CLOVA fields from recognised lines, in reading order. V2: `{valueType, boundingPoly, inferText,
 * inferConfidence, type, lineBreak}` with lineBreak on the last field of every line (so also on
 * the page's last field); V1 has only the first four keys. Key order is CLOVA's.
 */
export function toFields(lines: readonly RunLine[], version: 'V1' | 'V2'): Field[] {
  const fields: Field[] = [];
  for (const line of lines) {
    line.runs.forEach((run, i) => {
      const base = {
        valueType: 'ALL',
        boundingPoly: { vertices: runVertices(run) },
        inferText: run.text,
        inferConfidence: confidence(run.conf),
      };
      fields.push(
        version === 'V1' ? base : { ...base, type: 'NORMAL', lineBreak: i === line.runs.length - 1 },
      );
    });
  }
  return fields;
}

/** A run's quad: its own (rotated) one if it has one, else its box. */
export function runVertices(run: Run): Vertex[] {
  return run.poly ?? boxVertices(run.box);
}

/** Clockwise from the top-left, y down, as CLOVA writes upright text. */
export function boxVertices(b: Box): Vertex[] {
  return [
    { x: b.x0, y: b.y0 },
    { x: b.x1, y: b.y0 },
    { x: b.x1, y: b.y1 },
    { x: b.x0, y: b.y1 },
  ];
}

/** tesseract's 0..100 to CLOVA's 0..1 with at most 4 decimals, like CLOVA since 2022. */
export function confidence(tessConf: number): number {
  const c = Math.min(100, Math.max(0, tessConf)) / 100;
  return Math.round(c * 10_000) / 10_000;
}
