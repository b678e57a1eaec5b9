import { rect } from './words.testutil.ts';

/** Test-only builders for synthetic CLOVA responses (what buildDocument reads). */

export interface FieldSpec {
  text: string;
  conf?: number;
  x: number;
  y: number;
  w?: number;
  h?: number;
  lineBreak?: boolean;
}

export const field = ({ text, conf = 1, x, y, w = 80, h = 20, lineBreak }: FieldSpec) => ({
  valueType: 'ALL',
  boundingPoly: { vertices: rect(x, y, w, h) },
  inferText: text,
  inferConfidence: conf,
  type: 'NORMAL',
  ...(lineBreak === undefined ? {} : { lineBreak }),
});

export const image = (pageIndex: number, fields: FieldSpec[], size = { width: 1000, height: 1000 }) => ({
  uid: `page${pageIndex}`,
  name: 'doc',
  inferResult: 'SUCCESS',
  message: 'SUCCESS',
  convertedImageInfo: { ...size, pageIndex, longImage: false },
  fields: fields.map(field),
});

export const response = (images: unknown[]) => ({ version: 'V2', requestId: 'r', timestamp: 0, images });

/** One line per row of texts: words 90 px apart, rows 40 px apart, lineBreak on each row's last word. */
export function rows(texts: string[][], conf: (text: string) => number = () => 1): FieldSpec[] {
  return texts.flatMap((row, r) =>
    row.map((text, c) => ({ text, conf: conf(text), x: c * 90, y: r * 40, lineBreak: c === row.length - 1 })),
  );
}
