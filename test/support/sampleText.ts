import type { DocLang } from '../../src/server/samples/documents.ts';
export type { DocLang };

/**
 * A few lines of natural text per language, with the digits and Latin words real documents carry,
 * so OCR tests see mixed scripts and not only clean CJK.
 */
export const SAMPLE_TEXT = {
  ko: [
    '회의는 3월 15일 오후 2시에 본관 회의실에서 열립니다.',
    '참석하시는 분은 신분증을 지참해 주시기 바랍니다.',
    '자세한 일정은 홈페이지에서 확인하실 수 있습니다.',
    '문의 사항은 담당자에게 전화로 연락해 주십시오.',
  ],
  ja: [
    '会議は三月十五日の午後二時から本館の会議室で行います。',
    '参加される方は身分証明書をお持ちください。',
    '詳しい日程はホームページでご確認いただけます。',
    'ご不明な点は担当者までお問い合わせください。',
  ],
  zhTW: [
    '會議將於三月十五日下午兩點在本館會議室舉行。',
    '參加者請攜帶身分證件，以便入場登記。',
    '詳細的日程安排請參閱我們的網站。',
    '如有任何疑問，請與承辦人員聯絡。',
  ],
  en: [
    'The meeting will be held on March 15 at 2 pm in the main hall.',
    'Please bring an identity card with you when you attend.',
    'The full schedule is available on our website.',
    'Contact the office by phone if you have any questions.',
  ],
} as const satisfies Record<string, readonly string[]>;

/** SAMPLE_TEXT by CLOVA language code. */
export function sampleLines(lang: DocLang): readonly string[] {
  return lang === 'zh-TW' ? SAMPLE_TEXT.zhTW : SAMPLE_TEXT[lang];
}
