import { z } from '../../clova/zod.ts';
import { SESSION_KIND } from '../../model/files/sessionKind.ts';

export const SESSION_SUFFIX = '.ocrsession.json';

/** The opened response a session carries beside its runs (an app-level extra field). */
const SavedSchema = z.looseObject({ name: z.string(), json: z.unknown() }).nullable().catch(null);

export function savedOf(json: unknown): { name: string; json: unknown } | null {
  const saved = SavedSchema.parse((json as { saved?: unknown } | null)?.saved ?? null);
  return saved && saved.json !== undefined ? { name: saved.name, json: saved.json } : null;
}

/**
 * Whether a dropped or picked file is a session rather than a document or a CLOVA response: by
 * name, or by the kind tag at the start of the JSON (makeSession writes it first).
 */
export async function isSessionFile(files: readonly File[]): Promise<boolean> {
  if (files.length !== 1) return false;
  const f = files[0];
  if (f.name.toLowerCase().endsWith(SESSION_SUFFIX)) return true;
  // Sniffed whatever the name (a download may have lost it), except files typed as documents.
  if (f.type.startsWith('image/') || f.type === 'application/pdf') return false;
  return (await f.slice(0, 256).text()).includes(`"${SESSION_KIND}"`);
}
