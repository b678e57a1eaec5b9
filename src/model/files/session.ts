import { z } from '../../clova/zod.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { parseViewState, serializeViewState } from './viewState.ts';
import type { ViewState } from './viewState.ts';
import { SESSION_KIND } from './sessionKind.ts';

/**
 * The session file: the opened document's bytes, every cached OCR run (options and the response
 * as received) and the view, so a session reopens with no OCR call. JSON, with the document as
 * base64 (a third larger than the file; sessions are for handing over, not for storage).
 */
export { SESSION_KIND };
export const SESSION_VERSION = 1;

/** The options that produced a run (the app's RunOptions, structurally). */
export interface SessionRunOptions {
  engine: string;
  version: 'V1' | 'V2';
  lang: string;
  enableTableDetection: boolean;
  range: [number, number] | null;
}

export interface SessionRun {
  options: SessionRunOptions;
  /** The CLOVA response JSON as received; buildDocument reads it. */
  response: unknown;
}

export interface SessionDocument {
  name: string;
  /** MIME type, e.g. application/pdf. */
  type: string;
  bytes: Uint8Array;
}

/** A session as the app uses it: bytes decoded, view parsed. */
export interface Session {
  /** Null when only a saved response was open (no image or PDF). */
  document: SessionDocument | null;
  runs: SessionRun[];
  /** Index in runs of the run on screen, and of the run it is compared with. */
  activeRun: number | null;
  compareRun: number | null;
  view: ViewState;
  /** Expected text per page (by PageModel.index), null where none was given. */
  groundTruth: (string | null)[];
}

const RunOptionsSchema = z.looseObject({
  engine: z.string(),
  version: z.enum(['V1', 'V2']),
  lang: z.string(),
  enableTableDetection: z.boolean(),
  range: z.tuple([z.number().int().min(0), z.number().int().min(0)]).nullable(),
});

const RunSchema = z.looseObject({
  options: RunOptionsSchema,
  response: z.record(z.string(), z.unknown()),
});

const runIndex = z.number().int().min(0).nullable();

export const SessionFileSchema = z.looseObject({
  kind: z.literal(SESSION_KIND),
  version: z.literal(SESSION_VERSION),
  savedAt: z.string().optional(),
  document: z
    .looseObject({
      name: z.string(),
      type: z.string(),
      size: z.number().int().min(0),
      data: z.string(),
    })
    .nullable(),
  runs: z.array(RunSchema),
  activeRun: runIndex,
  compareRun: runIndex,
  // The view is a hint: a bad one gives the default view, not an unreadable session.
  view: z.string().catch(''),
  groundTruth: z.array(z.string().nullable()).catch([]).default([]),
});
export type SessionFile = z.infer<typeof SessionFileSchema>;

/** The JSON object to save (JSON.stringify it). */
export function makeSession(s: Session, now: Date = new Date()): SessionFile {
  return {
    kind: SESSION_KIND,
    version: SESSION_VERSION,
    savedAt: now.toISOString(),
    document: s.document && {
      name: s.document.name,
      type: s.document.type,
      size: s.document.bytes.length,
      data: bytesToBase64(s.document.bytes),
    },
    runs: s.runs.map((r) => ({ options: { ...r.options }, response: r.response as Record<string, unknown> })),
    activeRun: s.activeRun,
    compareRun: s.compareRun,
    view: serializeViewState(s.view),
    groundTruth: s.groundTruth,
  };
}

export type SessionResult = { ok: true; value: Session } | { ok: false; error: string };

/** Reads a session file (its text, or the parsed JSON). Never throws. */
export function parseSession(input: unknown): SessionResult {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      return { ok: false, error: 'not a JSON file' };
    }
  }
  if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== SESSION_KIND) {
    return { ok: false, error: 'not an OCR Inspector session file' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > SESSION_VERSION) {
    return {
      ok: false,
      error: `session version ${version} is newer than this app reads (${SESSION_VERSION})`,
    };
  }
  const parsed = SessionFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `invalid session file: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    };
  }
  const f = parsed.data;
  let document: SessionDocument | null = null;
  if (f.document) {
    const bytes = base64ToBytes(f.document.data);
    if (!bytes) return { ok: false, error: 'invalid session file: document.data is not base64' };
    if (bytes.length !== f.document.size) {
      return {
        ok: false,
        error: `invalid session file: document is ${bytes.length} bytes, expected ${f.document.size}`,
      };
    }
    document = { name: f.document.name, type: f.document.type, bytes };
  }
  const inRange = (k: number | null) => (k !== null && k < f.runs.length ? k : null);
  return {
    ok: true,
    value: {
      document,
      runs: f.runs.map((r) => ({ options: r.options, response: r.response })),
      activeRun: inRange(f.activeRun),
      compareRun: inRange(f.compareRun),
      view: parseViewState(f.view),
      groundTruth: f.groundTruth,
    },
  };
}
