/** The words on the sample documents: short, realistic, with the digits and Latin real pages carry. */

export const RECEIPT_KO = [
  '한빛 베이커리',
  '서울시 마포구 연남로 12',
  '사업자번호 123-45-67890',
  '2024-03-15 14:32',
  '',
  '우유식빵 1개 4,500원',
  '크루아상 2개 7,000원',
  '아메리카노 1잔 4,000원',
  '',
  '합계 15,500원',
  '카드 결제 15,500원',
  '감사합니다',
] as const;

export const PAGE_JA = [
  '会議のお知らせ',
  '',
  '会議は三月十五日の午後二時から本館の会議室で行います。',
  '参加される方は身分証明書をお持ちください。',
  '詳しい日程はホームページでご確認いただけます。',
  'ご不明な点は担当者までお問い合わせください。',
] as const;

export const PAGE_ZH_TW = [
  '會議通知',
  '',
  '會議將於三月十五日下午兩點在本館會議室舉行。',
  '參加者請攜帶身分證件，以便入場登記。',
  '詳細的日程安排請參閱我們的網站。',
  '如有任何疑問，請與承辦人員聯絡。',
] as const;

/** Header row first; every row has the same number of cells. */
export const TABLE_KO: readonly (readonly string[])[] = [
  ['품목', '수량', '단가', '금액'],
  ['우유식빵', '1', '4,500', '4,500'],
  ['크루아상', '2', '3,500', '7,000'],
  ['아메리카노', '1', '4,000', '4,000'],
  ['합계', '', '', '15,500'],
];

export const PDF_PAGES = [
  [
    'Page 1 of 3',
    '',
    '회의는 3월 15일 오후 2시에 본관 회의실에서 열립니다.',
    '참석하시는 분은 신분증을 지참해 주시기 바랍니다.',
  ],
  [
    'Page 2 of 3',
    '',
    'The meeting will be held on March 15 at 2 pm in the main hall.',
    'Please bring an identity card with you when you attend.',
  ],
  [
    'Page 3 of 3',
    '',
    '자세한 일정은 홈페이지에서 확인하실 수 있습니다.',
    '문의 사항은 담당자에게 전화로 연락해 주십시오.',
  ],
] as const;

export const TIFF_PAGES = [
  ['Scan 1 of 2', '', 'Invoice number 2024-0315', 'Total due: 15,500 KRW'],
  ['Scan 2 of 2', '', '납부 기한은 3월 31일입니다.', '문의: 02-123-4567'],
] as const;
