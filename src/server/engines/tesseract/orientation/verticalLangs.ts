import { listLanguages } from '../availability.ts';

/** The vertical-text model of each CJK model that has one (Debian tesseract-ocr-jpn-vert, -chi-tra-vert). */
const VERTICAL: Record<string, string> = { jpn: 'jpn_vert', chi_tra: 'chi_tra_vert' };

const installedByPath = new Map<string, Promise<string[]>>();

/** Installed tessdata names, asked once per tesseract program (a failure is asked again next time). */
function installed(tesseractPath: string): Promise<string[]> {
  let p = installedByPath.get(tesseractPath);
  if (!p) {
    p = listLanguages(tesseractPath).catch(() => {
      installedByPath.delete(tesseractPath);
      return [];
    });
    installedByPath.set(tesseractPath, p);
  }
  return p;
}

/**
 * The vertical models for a request's languages, in its order: `jpn` -> `jpn_vert`. Empty when
 * the request has no Japanese or Chinese, or their vertical models are not installed (then
 * vertical pages are not looked for: Korean is written horizontally in practice).
 */
export async function verticalLangs(langs: readonly string[], tesseractPath: string): Promise<string[]> {
  const wanted = langs.map((l) => VERTICAL[l]).filter((l): l is string => l !== undefined);
  if (wanted.length === 0) return [];
  const have = await installed(tesseractPath);
  return wanted.filter((l) => have.includes(l));
}
