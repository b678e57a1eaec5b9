import { z } from '../../clova/zod.ts';

/** One engine as /api/engines lists it. */
export interface EngineInfo {
  name: string;
  available: boolean;
  reason?: string;
  label: string;
}

const EngineSchema = z.looseObject({
  name: z.string(),
  available: z.boolean().catch(false),
  reason: z.string().optional().catch(undefined),
  label: z.string().optional().catch(undefined),
});

// The relay answers `{engines:[...], default}`; a bare array is accepted too.
const EnginesSchema = z.union([
  z.looseObject({
    engines: z.array(EngineSchema),
    default: z.string().optional().catch(undefined),
    accessKeyRequired: z.boolean().optional().catch(undefined),
  }),
  z
    .array(EngineSchema)
    .transform((engines) => ({ engines, default: undefined, accessKeyRequired: undefined })),
]);

export interface EngineList {
  engines: EngineInfo[];
  /** The engine to preselect: the relay's default when available, else the first available. */
  preferred: string;
  /** The relay wants its own access key (not CLOVA's secret) in X-OCR-SECRET. */
  accessKeyRequired: boolean;
}

export function parseEngines(json: unknown): EngineList {
  const parsed = EnginesSchema.safeParse(json);
  if (!parsed.success) throw new Error('The relay sent an engine list this app does not understand.');
  const engines = parsed.data.engines.map((e) => ({
    name: e.name,
    available: e.available,
    reason: e.reason,
    label: e.label ?? labelOf(e.name),
  }));
  const def = engines.find((e) => e.name === parsed.data.default && e.available);
  return {
    engines,
    preferred: def?.name ?? engines.find((e) => e.available)?.name ?? '',
    accessKeyRequired: parsed.data.accessKeyRequired === true,
  };
}

function labelOf(name: string): string {
  if (name === 'clova') return 'CLOVA OCR';
  if (name === 'tesseract') return 'Tesseract (embedded)';
  return name;
}

export async function fetchEngines(signal?: AbortSignal): Promise<EngineList> {
  const res = await fetch('/api/engines', { signal });
  if (!res.ok) throw new Error(`The relay's engine list failed (HTTP ${res.status}).`);
  return parseEngines(await res.json());
}

/** Where a run is posted: the relay's CLOVA-shaped endpoint. */
export const RUN_URL = '/api/ocr/general';

/**
 * The relay picks the engine from X-OCR-Engine (absent: its default). A relay with an access key
 * wants it in X-OCR-SECRET; that is the relay's key, typed by the user, never CLOVA's secret.
 */
export function engineHeaders(engine: string, accessKey = ''): Record<string, string> {
  return {
    ...(engine ? { 'X-OCR-Engine': engine } : {}),
    ...(accessKey ? { 'X-OCR-SECRET': accessKey } : {}),
  };
}
