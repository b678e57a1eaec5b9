import type { Lang } from '../../../clova/index.ts';

/** tessdata names of the languages CLOVA accepts. */
export const TESSDATA: Record<Lang, string> = { ko: 'kor', ja: 'jpn', 'zh-TW': 'chi_tra', en: 'eng' };
// The vertical models (orientation/verticalLangs.ts) are CJK too: they want the CJK pitch model.
const CJK_TESSDATA = new Set(['kor', 'jpn', 'chi_tra', 'jpn_vert', 'chi_tra_vert']);

/**
 * No `lang` in the request: CLOVA uses the domain's language setting; this relay has no domain,
 * so it reads Korean and Latin script, the commonest CLOVA use: `kor+eng`.
 */
export const DEFAULT_LANGS: readonly Lang[] = ['ko', 'en'];

/**
 * The tesseract `-l` list for a request: exactly the asked languages, CJK models first (the first
 * language drives tesseract's page layout). `eng` is not added to a CJK request; measured on
 * generated pages (bench/experiments/measureEngine.ts, mean over 200/300 dpi x 10/12 pt):
 * - Korean text: `kor` CER 0.000, `kor+eng` 0.050 (Hangul words read as Latin junk, "분은" -> "EE")
 *   and 1.6x the time. Korean lines full of English words: `kor` 0.567, `kor+eng` 0.200; such
 *   documents can ask for `ko,en`, and no `lang` gives `kor+eng` anyway.
 * - `jpn` and `chi_tra` read Latin by themselves: adding `eng` changed CER by < 0.01 and cost
 *   25-50% more time.
 */
export function tesseractLangs(langs: readonly Lang[] | undefined): string[] {
  const requested = (langs && langs.length > 0 ? langs : DEFAULT_LANGS).map((l) => TESSDATA[l]);
  const cjk = requested.filter((l) => CJK_TESSDATA.has(l));
  return [...new Set([...cjk, ...requested.filter((l) => !CJK_TESSDATA.has(l))])];
}

export function hasCjk(tessLangs: readonly string[]): boolean {
  return tessLangs.some((l) => CJK_TESSDATA.has(l));
}
