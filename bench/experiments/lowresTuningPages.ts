import { gridCells } from '../../test/support/tables/detectOnPage.ts';
import type { PageSpec } from '../../test/support/tables/renderPage.ts';
import { SAMPLE_TEXT } from '../../test/support/sampleText.ts';

/**
 * Issue 17 §2 tuning pages: what the low-resolution steps are chosen on. Deliberately not the
 * pages engine.lowres_cer measures (bench/engineTables.ts): other words, other table shapes,
 * other sizes. Specs in PDF points, rendered at any dpi by atDpi().
 */
const FONT = 'Noto Sans CJK KR';

const scheduleTable: PageSpec = {
  width: 520,
  height: 220,
  fontSize: 9,
  font: FONT,
  tables: [
    {
      x: 30,
      y: 30,
      colWidths: [70, 150, 90, 110],
      rowHeights: [22, 22, 22, 22, 22, 22],
      cells: gridCells([
        ['일자', '행사명', '장소', '참가비'],
        ['3월 15일', '신입사원 교육', '본관 2층', '25,000'],
        ['4월 2일', 'Spring Workshop', '대전센터', '180,000'],
        ['5월 20일', '고객 간담회', 'Room 301', '7,500'],
        ['6월 11일', '안전 점검', '물류창고', '0'],
        ['비고', '모든 금액은 원', null, '212,500'],
      ]),
    },
  ],
};

const inventoryTable: PageSpec = {
  width: 480,
  height: 200,
  fontSize: 10,
  font: FONT,
  tables: [
    {
      x: 36,
      y: 36,
      colWidths: [80, 120, 80, 90],
      rowHeights: [26, 26, 26, 26],
      cells: gridCells([
        ['코드', '제품명', '재고', '입고일'],
        ['A-1029', '복사용지 A4', '1,240', '2024-07-01'],
        ['B-3310', 'Toner 85A', '36', '2024-07-19'],
        ['C-0042', '서류봉투', '8,800', '2024-08-05'],
      ]),
    },
  ],
};

const textPage: PageSpec = {
  width: 520,
  height: 180,
  fontSize: 10,
  font: FONT,
  tables: [],
  texts: [...SAMPLE_TEXT.ko, ...SAMPLE_TEXT.en.slice(0, 2)].map((text, i) => ({
    x: 30,
    y: 36 + i * 22,
    text,
  })),
};

export const LOWRES_TUNING_PAGES: readonly { name: string; spec: PageSpec }[] = [
  { name: 'schedule', spec: scheduleTable },
  { name: 'inventory', spec: inventoryTable },
  { name: 'text', spec: textPage },
];
