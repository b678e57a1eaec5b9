import type { z } from 'zod';
import { OcrRequestSchema, parseLangList, normaliseVersion } from '../../clova/index.ts';
import type { Lang, OcrRequest } from '../../clova/index.ts';
import { invalidBody, RelayError } from '../errors.ts';

export interface ValidRequest {
  request: OcrRequest;
  version: 'V1' | 'V2';
  langs?: Lang[];
}

/**
 * Checks a parsed JSON body or multipart `message` against CLOVA's request contract and maps
 * failures to CLOVA's codes: a present but unknown version is 0021, everything else 0011.
 */
export function validateRequest(value: unknown, where = 'body'): ValidRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidBody(`The ${where} must be a JSON object.`);
  }
  const parsed = OcrRequestSchema.safeParse(value);
  if (!parsed.success) {
    const version = (value as Record<string, unknown>).version;
    if (version !== undefined && parsed.error.issues.some((i) => i.path[0] === 'version')) {
      throw new RelayError('0021', `version ${JSON.stringify(version)} is not supported; use V1 or V2.`);
    }
    throw invalidBody(describeIssues(parsed.error.issues, value));
  }
  const request = parsed.data;
  return {
    request,
    version: normaliseVersion(request.version),
    langs: request.lang === undefined ? undefined : (parseLangList(request.lang) ?? undefined),
  };
}

function describeIssues(issues: z.core.$ZodIssue[], input: unknown): string {
  return (
    issues
      .slice(0, 5)
      .map(
        (i) => `${formatPath(i.path)}: ${valueAt(input, i.path) === undefined ? 'is required' : i.message}`,
      )
      .join('; ') + '.'
  );
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(body)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}
