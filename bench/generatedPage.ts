import sharp from 'sharp';

/** Known text for generated pages: receipt- and form-like lines in Korean with digits. */
export const GENERATED_LINES = [
  '2024년 KBO 리그 규정 변경 요약사항',
  '사업자번호: 286-81-01771 대표자: 김현주',
  '주소: 경기 고양시 일산서구 중앙로 1391',
  '킹마트를 찾아주셔서 감사합니다.',
  '판매일: 20-09-26 18:14, 토요일 계산대: 002',
  '001 공주알밤술 750ml 1,300 2 2,600',
  '002 웰치소다포도 1.5L 1,980 1 1,980',
  '합계: 10,540 신용카드지불: 10,540',
];

/**
 * Writes a clean A4 page at `dpi` with the known text in `pt`-point Noto Sans CJK KR, black on
 * white, and returns the text. Used to time preprocessing on clean scans, and as ground truth.
 */
export async function writeGeneratedPage(
  file: string,
  dpi: number,
  pt: number,
  repeats = 5,
): Promise<string> {
  const text = Array.from({ length: repeats }, () => GENERATED_LINES.join('\n')).join('\n\n');
  const rendered = await sharp({ text: { text: `<span font="Noto Sans CJK KR ${pt}">${text}</span>`, dpi } })
    .negate({ alpha: false })
    .png()
    .toBuffer();
  const width = Math.round((8.27 * dpi) | 0);
  const height = Math.round((11.69 * dpi) | 0);
  const margin = Math.round(0.6 * dpi);
  await sharp({ create: { width, height, channels: 3, background: '#fff' } })
    .composite([{ input: rendered, left: margin, top: margin }])
    .png()
    .toFile(file);
  return text;
}
