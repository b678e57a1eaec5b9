/**
 * The script a ground truth is mostly written in, for the per-language split of the report where
 * documents differ: Hangul → ko, kana (with or without kanji) → ja, Han alone → zh, Latin → en.
 */
export type Script = 'ko' | 'ja' | 'zh' | 'en' | 'other';

export function dominantScript(text: string): Script {
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f))
      hangul++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9d)) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x2ffff))
      han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  const japanese = kana > 0 ? kana + han : 0;
  const best = Math.max(hangul, japanese, han, latin);
  if (best === 0) return 'other';
  if (hangul === best) return 'ko';
  if (japanese === best) return 'ja';
  if (han === best) return 'zh';
  return 'en';
}
