import type { Cell, Field, ImageResult, OcrResponse, Vertex } from '../src/clova/index.ts';

/**
 * A dense synthetic CLOVA V2 response for the overlay benchmarks: `pages` A4 pages at 300 dpi,
 * `fieldsPerPage` words each, and on page 1 a `rows` x `cols` ruled table whose words are also
 * fields (as in every real CLOVA table response). Deterministic for a given seed.
 */
export interface SyntheticOptions {
  pages?: number;
  fieldsPerPage?: number;
  tableRows?: number;
  tableCols?: number;
  width?: number;
  height?: number;
  seed?: number;
}

const VOCABULARY = [
  '회의는',
  '본관',
  '참석',
  '2024년',
  '합계:',
  '10,540',
  'KBO',
  '리그',
  '신분증을',
  'invoice',
  'total',
  '사업자',
  '계산대:',
  '002',
  '확인',
  '홈페이지',
  'Seoul',
  '1,980',
];

/** mulberry32: small, fast, and enough for layout jitter. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;

/** Mostly confident, some doubtful, a few bad: every colour band of the overlay gets work. */
function confidence(rand: Rand): number {
  const r = rand();
  const c = r < 0.7 ? 0.95 + rand() * 0.05 : r < 0.9 ? 0.8 + rand() * 0.15 : 0.1 + rand() * 0.7;
  return Math.round(c * 10000) / 10000;
}

/** A clockwise quad (TL, TR, BR, BL) with a pixel of skew, like boxes from a scan. */
function quad(x: number, y: number, w: number, h: number, rand: Rand): { vertices: Vertex[] } {
  const j = () => Math.round((rand() - 0.5) * 2);
  return {
    vertices: [
      { x: x + j(), y: y + j() },
      { x: x + w + j(), y: y + j() },
      { x: x + w + j(), y: y + h + j() },
      { x: x + j(), y: y + h + j() },
    ],
  };
}

const rect = (x: number, y: number, w: number, h: number) => ({
  vertices: [
    { x, y },
    { x: x + w, y },
    { x: x + w, y: y + h },
    { x, y: y + h },
  ],
});

function word(rand: Rand): string {
  return VOCABULARY[Math.floor(rand() * VOCABULARY.length)];
}

/** `count` fields in lines of `perLine` words, between `top` and at most `bottom`. */
function textFields(
  count: number,
  perLine: number,
  box: { left: number; right: number; top: number; bottom: number },
  rand: Rand,
) {
  const { left, right, top } = box;
  const fields: Field[] = [];
  const slot = (right - left) / perLine;
  const lines = Math.ceil(count / perLine);
  const pitch = Math.min(Math.floor(slot * 0.6), Math.floor((box.bottom - top) / lines));
  const height = Math.round(pitch * 0.7);
  for (let i = 0; i < count; i++) {
    const line = Math.floor(i / perLine);
    const col = i % perLine;
    const w = Math.round(slot * (0.55 + rand() * 0.35));
    const last = col === perLine - 1 || i === count - 1;
    fields.push({
      valueType: 'ALL',
      boundingPoly: quad(Math.round(left + col * slot), top + line * pitch, w, height, rand),
      inferText: word(rand),
      inferConfidence: confidence(rand),
      type: 'NORMAL',
      lineBreak: last,
    });
  }
  return { fields, bottom: top + Math.ceil(count / perLine) * pitch };
}

const TABLE_ROW_PX = 38;

/** A ruled table, cells listed column by column (as CLOVA does); each cell holds one word. */
function table(rows: number, cols: number, left: number, right: number, top: number, rand: Rand) {
  const cw = Math.floor((right - left) / cols);
  const ch = TABLE_ROW_PX;
  const cells: Cell[] = [];
  const fields: Field[] = [];
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      const x = left + c * cw;
      const y = top + r * ch;
      const text = word(rand);
      const conf = confidence(rand);
      const box = quad(x + 8, y + 8, Math.round(cw * 0.6), ch - 16, rand);
      cells.push({
        cellTextLines: [
          {
            boundingPoly: box,
            inferConfidence: conf,
            cellWords: [{ boundingPoly: box, inferText: text, inferConfidence: conf }],
          },
        ],
        boundingPoly: rect(x, y, cw, ch),
        inferConfidence: 1,
        rowSpan: 1,
        rowIndex: r,
        columnSpan: 1,
        columnIndex: c,
      });
      fields.push({
        valueType: 'ALL',
        boundingPoly: box,
        inferText: text,
        inferConfidence: conf,
        type: 'NORMAL',
        lineBreak: false,
      });
    }
  }
  // Fields read row by row, with a line break after each table row.
  fields.sort(
    (a, b) =>
      a.boundingPoly.vertices[0].y - b.boundingPoly.vertices[0].y ||
      a.boundingPoly.vertices[0].x - b.boundingPoly.vertices[0].x,
  );
  fields.forEach((f, i) => (f.lineBreak = i % cols === cols - 1));
  return {
    table: { cells, boundingPoly: rect(left, top, cw * cols, ch * rows), inferConfidence: 0.9412 },
    fields,
  };
}

function uid(rand: Rand): string {
  return Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
}

export function syntheticResponse(opts: SyntheticOptions = {}): OcrResponse {
  const pages = opts.pages ?? 10;
  const perPage = opts.fieldsPerPage ?? 2000;
  const rows = opts.tableRows ?? 30;
  const cols = opts.tableCols ?? 10;
  const width = opts.width ?? 2480;
  const height = opts.height ?? 3508;
  const rand = random(opts.seed ?? 1);
  const margin = Math.round(width * 0.06);
  const images: ImageResult[] = [];
  for (let p = 0; p < pages; p++) {
    const tableWords = p === 0 ? rows * cols : 0;
    const textCount = perPage - tableWords;
    // Denser lines on the table page, so text and table both fit on A4.
    const perLine = p === 0 ? 34 : 25;
    const tableHeight = p === 0 ? rows * TABLE_ROW_PX + 40 : 0;
    const text = textFields(
      textCount,
      perLine,
      { left: margin, right: width - margin, top: margin, bottom: height - margin - tableHeight },
      rand,
    );
    const tbl = p === 0 ? table(rows, cols, margin, width - margin, text.bottom + 40, rand) : undefined;
    images.push({
      uid: uid(rand),
      name: 'synthetic',
      inferResult: 'SUCCESS',
      message: 'SUCCESS',
      validationResult: { result: 'NO_REQUESTED' },
      convertedImageInfo: { width, height, pageIndex: p, longImage: false },
      tables: tbl ? [tbl.table] : [],
      fields: tbl ? [...text.fields, ...tbl.fields] : text.fields,
    });
  }
  return { version: 'V2', requestId: 'bench-synthetic', timestamp: 1723455986947, images };
}
