import type { FileKind } from './detectFormat.ts';
import { rejectReason } from './detectFormat.ts';
import type { DocFormat } from './source.ts';

export interface OpenCandidate<F> {
  file: F;
  name: string;
  size: number;
  kind: FileKind;
}

export interface OpenPlan<F> {
  document: { file: F; format: DocFormat } | null;
  json: F | null;
  /** Files refused, with the reason. */
  errors: string[];
  /** Files ignored because only one document and one response open at a time. */
  ignored: string[];
}

/** Decides what to open from a set of dropped/picked/pasted files: one document and/or one response. */
export function planOpen<F>(candidates: OpenCandidate<F>[]): OpenPlan<F> {
  const plan: OpenPlan<F> = { document: null, json: null, errors: [], ignored: [] };
  for (const c of candidates) {
    const reason = rejectReason(c.name, c.size, c.kind);
    if (reason) {
      plan.errors.push(reason);
      continue;
    }
    if (c.kind.kind === 'document') {
      if (plan.document) plan.ignored.push(c.name);
      else plan.document = { file: c.file, format: c.kind.format };
    } else if (c.kind.kind === 'json') {
      if (plan.json) plan.ignored.push(c.name);
      else plan.json = c.file;
    }
  }
  return plan;
}
