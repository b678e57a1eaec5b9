import { describe, expect, it } from 'vitest';
import { fieldOf, liveView } from '../liveView.ts';
import type { GroundTruth } from '../types.ts';
import { exportHocr } from './hocr.ts';
import { hostile, HOSTILE, korean, samples } from './samples.testutil.ts';
import { xmlSafe } from './xml.ts';
import { findAll, parseXml, xmllint } from './xmlTree.testutil.ts';

const hasClass = (c: string) => (n: { attrs: Record<string, string> }) => n.attrs.class === c;
const prop = (title: string, name: string) =>
  title
    .split('; ')
    .find((p) => p.startsWith(`${name} `))
    ?.slice(name.length + 1);

function parsed(gt: GroundTruth) {
  const file = exportHocr(gt, { baseName: 'doc' }).files[0];
  expect(xmllint(file.data)).toBe('');
  return { file, root: parseXml(file.data) };
}

describe('exportHocr', () => {
  it.each(samples())('parses and carries every word with its text, bbox and confidence (%s)', (_, gt) => {
    const { file, root } = parsed(gt);
    expect(file.name).toBe('doc.hocr');
    const view = liveView(gt);
    const spans = new Map(findAll(root, hasClass('ocrx_word')).map((s) => [s.attrs.id, s]));
    expect(spans.size).toBe(view.doc.words.length);
    for (const word of view.doc.words) {
      const f = fieldOf(view, word);
      const span = spans.get(`w_${f.id}`);
      expect(span?.text).toBe(xmlSafe(word.text));
      const [x0, y0, x1, y1] = prop(span!.attrs.title, 'bbox')!.split(' ').map(Number);
      // The bbox holds the word's box, grown to whole pixels at most and kept on the page.
      const page = view.doc.pages.find((p) => p.index === word.pageIndex)!;
      expect(x0).toBe(Math.max(0, Math.min(Math.floor(word.bounds.minX), Math.ceil(page.width) - 1)));
      expect(y0).toBe(Math.max(0, Math.min(Math.floor(word.bounds.minY), Math.ceil(page.height) - 1)));
      expect(x1).toBeLessThanOrEqual(Math.max(x0 + 1, Math.ceil(page.width)));
      expect(x1).toBeGreaterThan(x0);
      expect(y1).toBeGreaterThan(y0);
      if (word.bounds.maxX <= page.width) expect(x1).toBe(Math.max(x0 + 1, Math.ceil(word.bounds.maxX)));
      expect(prop(span!.attrs.title, 'x_wconf')).toBe(String(Math.round(word.confidence * 100)));
      expect(prop(span!.attrs.title, 'x_review')).toBe(f.review);
    }
  });

  it('nests pages, lines and words, leaving deleted words out', () => {
    const { root } = parsed(korean());
    const pages = findAll(root, hasClass('ocr_page'));
    expect(pages.map((p) => p.attrs.title)).toEqual([
      'image "doc_p1.png"; bbox 0 0 1000 1000; ppageno 0',
      'image "doc_p2.png"; bbox 0 0 1000 1000; ppageno 1',
    ]);
    const lines = findAll(pages[0], hasClass('ocr_line')).map((l) =>
      findAll(l, hasClass('ocrx_word')).map((w) => w.text),
    );
    expect(lines).toEqual([['대한민국', '서울특별시청'], ['영수증', '합계'], ['추가']]);
    expect(findAll(root, (n) => n.attrs.id === 'w_p0.w4')).toEqual([]);
  });

  it('keeps hostile text as text', () => {
    const words = findAll(parsed(hostile()).root, hasClass('ocrx_word')).map((w) => w.text);
    expect(words).toEqual(HOSTILE.map(xmlSafe));
  });
});
