import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../../../test/support/tables/renderPage.ts';
import { atDpi, RULED_TABLE_PAGES } from '../../../../../test/support/tables/ruledTablePages.ts';
import type { OcrWord } from '../tables/types.ts';
import type { GrayImage } from '../raster/grayImage.ts';
import { paintRules, removeRules, searchPooling } from './ruleRemoval.ts';

const spec = (name: string) => RULED_TABLE_PAGES.find((p) => p.name === name)!;

/** Dark pixels inside (or outside) the words' boxes, grown by `pad`. */
function ink(img: GrayImage, words: OcrWord[], inside: boolean, pad: number): number {
  const boxes = words.map((w) => ({
    x0: Math.min(...w.poly.map((p) => p.x)) - pad,
    x1: Math.max(...w.poly.map((p) => p.x)) + pad,
    y0: Math.min(...w.poly.map((p) => p.y)) - pad,
    y1: Math.max(...w.poly.map((p) => p.y)) + pad,
  }));
  let n = 0;
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      if (img.data[y * img.width + x] >= 128) continue;
      const inWord = boxes.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1);
      if (inWord === inside) n++;
    }
  return n;
}

describe('removeRules', () => {
  it.each([
    ['plain', 200],
    // Searched on a copy pooled 3x3 or more: the 3-px hairlines must survive the pooling.
    ['plain', 300],
    ['merged', 200],
    ['two-tables', 72],
    ['rotated3', 200],
    ['rotated3', 72],
  ] as const)('paints every rule of %s at %i dpi and keeps the text', async (name, dpi) => {
    const page = spec(name);
    const { gray, words } = await renderPage(atDpi(page.spec, dpi), page.rotate);
    const pad = dpi / 72;
    const { image, rules } = removeRules(gray);
    expect(rules.length).toBeGreaterThanOrEqual(8);
    // Before: the rules are thousands of dark pixels away from the words; after: (almost) none.
    expect(ink(gray, words, false, pad)).toBeGreaterThan(500);
    expect(ink(image, words, false, pad)).toBeLessThan(20);
    // The words keep their ink (a rule crossing a box may take a little of it).
    expect(ink(image, words, true, 0)).toBeGreaterThan(0.95 * ink(gray, words, true, 0));
  });

  it('finds no rule in lines of small, dense text (72-dpi Korean)', async () => {
    const lines = ['2024년 KBO 리그 규정 변경 요약사항', '심판판정의 공정성, 일관성, 정확성 향상을 위해'];
    const { gray } = await renderPage({
      width: 400,
      height: 120,
      fontSize: 9,
      font: 'Noto Sans CJK KR',
      tables: [],
      texts: lines.map((text, i) => ({ x: 10, y: 30 + i * 14, text })),
    });
    const { image, rules } = removeRules(gray);
    expect(rules).toEqual([]);
    expect(image).toBe(gray);
  });

  it.each([
    [96, 14],
    [78, 28],
    [56, 20],
    [56, 28],
  ])(
    'keeps the long strokes of a %i-px heading (ㅡ, 一) over %i-px body text on an A4 page',
    async (big, body) => {
      const { gray } = await renderPage({
        // A4 at 200 dpi: the thickest rule allowed there (0.8% of the side) is as thick as a heading's strokes.
        width: 1653,
        height: 2339,
        fontSize: body,
        font: 'Noto Sans CJK KR',
        tables: [],
        texts: [
          { x: 20, y: 200, text: '크리스마스 그림 一二 르포', fontSize: big },
          ...[0, 1, 2, 3].map((i) => ({
            x: 20,
            y: 400 + i * body * 1.6,
            text: '회의는 3월 15일 오후 2시에 본관 회의실에서 열립니다.',
          })),
        ],
      });
      expect(removeRules(gray).rules).toEqual([]);
    },
  );

  it('removes an underline as a long rule outside any table', async () => {
    const { gray } = await renderPage({
      width: 600,
      height: 120,
      fontSize: 24,
      tables: [],
      texts: [{ x: 20, y: 60, text: 'Signature and date of the applicant', underline: true }],
    });
    expect(removeRules(gray).rules).toHaveLength(1);
  });

  it('searches small text at full size and pools big text, at most 4x4', () => {
    expect(searchPooling(undefined)).toBe(1);
    expect(searchPooling(7)).toBe(1);
    expect(searchPooling(23)).toBe(3);
    expect(searchPooling(200)).toBe(4);
  });

  it('paints nothing without rules', () => {
    const img: GrayImage = { data: new Uint8Array(16).fill(255), width: 4, height: 4 };
    expect(paintRules(img, [])).toBe(img);
  });
});
