import type { Point } from '../../types.ts';
import { fieldOf, liveView } from '../liveView.ts';
import type { GroundTruth } from '../types.ts';
import { pixelRect } from './boxes.ts';
import type { ExportOptions, ExportResult } from './types.ts';
import { imageName } from './types.ts';
import { attrs, xmlText } from './xml.ts';

/** hOCR's "bbox x0 y0 x1 y1": whole pixels, on the page. */
function bbox(poly: readonly Point[], w: number, h: number): string {
  const r = pixelRect(poly, w, h);
  return `bbox ${r.x} ${r.y} ${r.x + r.width} ${r.y + r.height}`;
}

/** Quotes and semicolons would end hOCR's title properties early. */
const titleSafe = (s: string) => s.replace(/["';\\]/g, '_');

/**
 * hOCR 1.2 as XHTML, one file for the document: ocr_page per page, ocr_carea and ocr_par per
 * paragraph, ocr_line per line, ocrx_word per word with its bbox and x_wconf (0-100), plus the
 * review state as an engine-specific x_review property (hOCR's x_ prefix).
 */
export function exportHocr(gt: GroundTruth, opts: ExportOptions): ExportResult {
  const view = liveView(gt);
  const { doc } = view;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '<html xmlns="http://www.w3.org/1999/xhtml">',
    '<head>',
    `<title>${xmlText(opts.baseName)}</title>`,
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>',
    '<meta name="ocr-system" content="OCR Inspector"/>',
    '<meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_par ocr_line ocrx_word"/>',
    '</head>',
    '<body>',
  ];
  doc.pages.forEach((page, n) => {
    const { width: w, height: h } = page;
    const p = n + 1;
    const pageBox = `bbox 0 0 ${Math.round(w)} ${Math.round(h)}`;
    const image = titleSafe(imageName(opts, page.index));
    out.push(
      `<div class="ocr_page"${attrs([
        ['id', `page_${p}`],
        ['title', `image "${image}"; ${pageBox}; ppageno ${n}`],
      ])}>`,
    );
    page.paragraphIds.forEach((pid, b) => {
      const para = doc.paragraphs[pid];
      const box = bbox(para.poly, w, h);
      out.push(
        `<div class="ocr_carea"${attrs([
          ['id', `block_${p}_${b + 1}`],
          ['title', box],
        ])}>`,
      );
      out.push(
        `<p class="ocr_par"${attrs([
          ['id', `par_${p}_${b + 1}`],
          ['title', box],
        ])}>`,
      );
      para.lineIds.forEach((lid, l) => {
        const line = doc.lines[lid];
        out.push(
          `<span class="ocr_line"${attrs([
            ['id', `line_${p}_${b + 1}_${l + 1}`],
            ['title', bbox(line.poly, w, h)],
          ])}>`,
        );
        const words = line.wordIds.map((wid) => {
          const word = doc.words[wid];
          const f = fieldOf(view, word);
          const title = `${bbox(word.poly, w, h)}; x_wconf ${Math.round(word.confidence * 100)}; x_review ${f.review}`;
          return `<span class="ocrx_word"${attrs([
            ['id', `w_${f.id}`],
            ['title', title],
          ])}>${xmlText(word.text)}</span>`;
        });
        out.push(words.join(' '), '</span>');
      });
      out.push('</p>', '</div>');
    });
    out.push('</div>');
  });
  out.push('</body>', '</html>', '');
  return { files: [{ name: `${opts.baseName}.hocr`, data: out.join('\n') }], crops: [] };
}
