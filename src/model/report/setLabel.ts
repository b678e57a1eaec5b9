/**
 * An option set's key (`engine|version|lang|tables`) as a stakeholder reads it, for the exported
 * report: "CLOVA V2 · Korean + Japanese", not "clova|V2|ko,ja|false". The key itself stays beside
 * it where a reader may need to reproduce a run (the sets table, the CSV).
 */

const ENGINES: Record<string, string> = { clova: 'CLOVA', tesseract: 'Tesseract (offline)' };
const LANGUAGES: Record<string, string> = {
  ko: 'Korean',
  ja: 'Japanese',
  'zh-TW': 'Traditional Chinese',
  en: 'English',
};

export function setLabel(key: string): string {
  const [engine, version, lang, tables] = key.split('|');
  if (version === undefined) return key;
  const langs = lang
    ? lang
        .split(',')
        .map((l) => LANGUAGES[l] ?? l)
        .join(' + ')
    : 'language detected automatically';
  const parts = [`${ENGINES[engine] ?? (engine || 'default engine')} ${version}`.trim(), langs];
  if (tables === 'true') parts.push('with table detection');
  return parts.join(' · ');
}
