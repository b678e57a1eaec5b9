/** Mixed-script lines and the small statistics measureEngine.ts reports with. */

export const MIXED: Record<'ko' | 'ja' | 'zh-TW', string[]> = {
  ko: [
    '첨부한 PDF 파일은 Google Drive에 올려 두었습니다.',
    'Wi-Fi 비밀번호는 office2024 입니다.',
    '문의: support@example.com, 전화 02-1234-5678',
    'Windows 11과 macOS Sonoma에서 확인했습니다.',
  ],
  ja: [
    '添付のPDFファイルはGoogle Driveに置きました。',
    'Wi-Fiのパスワードはoffice2024です。',
    'お問い合わせ: support@example.com まで',
    'Windows 11とmacOS Sonomaで確認しました。',
  ],
  'zh-TW': [
    '附件的PDF檔案已上傳到Google Drive。',
    'Wi-Fi密碼是office2024。',
    '聯絡方式：support@example.com',
    '已在Windows 11和macOS Sonoma上確認。',
  ],
};

/** Share of expected space-separated tokens found as whole fields (F1 over multisets). */
export function tokenF1(expected: string[], got: string[]): number {
  const left = new Map<string, number>();
  for (const e of expected) left.set(e, (left.get(e) ?? 0) + 1);
  let hit = 0;
  for (const g of got) {
    const n = left.get(g) ?? 0;
    if (n > 0) {
      hit++;
      left.set(g, n - 1);
    }
  }
  return (2 * hit) / (expected.length + got.length);
}

export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const f3 = (x: number) => x.toFixed(3);
