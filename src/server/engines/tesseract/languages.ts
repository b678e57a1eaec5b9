import type { Lang } from '../../../clova/index.ts';

/** tessdata names of the languages CLOVA accepts. */
export const TESSDATA: Record<Lang, string> = { ko: 'kor', ja: 'jpn', 'zh-TW': 'chi_tra', en: 'eng' };
const CJK_TESSDATA = new Set(['kor', 'jpn', 'chi_tra']);

/**
 * No `lang` in the request: CLOVA uses the domain's language setting; this relay has no domain,
 * so it reads Korean and Latin script, the commonest CLOVA use (`kor+eng`).
 */
export const DEFAULT_LANGS: readonly Lang[] = ['ko'];

/**
 * The tesseract `-l` list for a request. Measured on generated pages (see the engine report):
 * - `kor` alone turns Latin words into Hangul garbage (CER 0.57 on Korean lines with English
 *   words, 0.20 with `kor+eng`), while CLOVA's `ko` reads Latin; so `eng` is added to `kor`.
 * - `jpn` and `chi_tra` read Latin by themselves: adding `eng` changed no CER and cost ~40% time.
 * CJK models come first: tesseract's first language drives page layout.
 */
export function tesseractLangs(langs: readonly Lang[] | undefined): string[] {
  const requested = (langs && langs.length > 0 ? langs : DEFAULT_LANGS).map((l) => TESSDATA[l]);
  const cjk = requested.filter((l) => CJK_TESSDATA.has(l));
  const out = [...new Set(cjk)];
  if (requested.includes('eng') || out.includes('kor')) out.push('eng');
  return out;
}

export function hasCjk(tessLangs: readonly string[]): boolean {
  return tessLangs.some((l) => CJK_TESSDATA.has(l));
}
