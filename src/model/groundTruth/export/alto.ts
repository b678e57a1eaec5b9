import type { Point } from '../../types.ts';
import { fieldOf, liveView } from '../liveView.ts';
import type { GroundTruth } from '../types.ts';
import { isUpright, pixelRect, pointsString } from './boxes.ts';
import type { ExportOptions, ExportResult } from './types.ts';
import { attrs, xmlAttr, xmlText } from './xml.ts';

const NS = 'http://www.loc.gov/standards/alto/ns-v4#';
const SCHEMA = 'http://www.loc.gov/alto/v4/alto-4-4.xsd';

/** HPOS/VPOS/WIDTH/HEIGHT of a polygon's whole-pixel rectangle on the page. */
function position(poly: readonly Point[], w: number, h: number): [string, number][] {
  const r = pixelRect(poly, w, h);
  return [
    ['HPOS', r.x],
    ['VPOS', r.y],
    ['WIDTH', r.width],
    ['HEIGHT', r.height],
  ];
}

const confidence = (c: number): number => Math.round(Math.min(1, Math.max(0, c)) * 10_000) / 10_000;

/**
 * ALTO 4.4, one file for the document: a Page per page, a TextBlock per paragraph, a TextLine per
 * line (CLOVA's lineBreak lines, else geometry's, as the viewer groups them), a String per word
 * with CONTENT, its confidence as WC and CS="true" where a person wrote the text (corrected or
 * added). Rotated and skewed words also carry their quad as a Shape polygon.
 */
export function exportAlto(gt: GroundTruth, opts: ExportOptions): ExportResult {
  const view = liveView(gt);
  const { doc } = view;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<alto xmlns="${NS}" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NS} ${SCHEMA}">`,
    '<Description>',
    '<MeasurementUnit>pixel</MeasurementUnit>',
    `<sourceImageInformation><fileName>${xmlText(opts.baseName)}</fileName></sourceImageInformation>`,
    '</Description>',
    '<Layout>',
  ];
  doc.pages.forEach((page, n) => {
    const { width: w, height: h } = page;
    const p = n + 1;
    const size = attrs([
      ['WIDTH', Math.round(w)],
      ['HEIGHT', Math.round(h)],
    ]);
    out.push(`<Page${attrs([['ID', `page_${p}`]])} PHYSICAL_IMG_NR="${p}"${size}>`);
    out.push(`<PrintSpace HPOS="0" VPOS="0"${size}>`);
    page.paragraphIds.forEach((pid, b) => {
      const para = doc.paragraphs[pid];
      out.push(`<TextBlock${attrs([['ID', `block_${p}_${b + 1}`], ...position(para.poly, w, h)])}>`);
      para.lineIds.forEach((lid, l) => {
        const line = doc.lines[lid];
        out.push(`<TextLine${attrs([['ID', `line_${p}_${b + 1}_${l + 1}`], ...position(line.poly, w, h)])}>`);
        line.wordIds.forEach((wid, k) => {
          const word = doc.words[wid];
          const f = fieldOf(view, word);
          if (k > 0) out.push('<SP/>');
          const a = attrs([
            ['ID', `w_${f.id}`],
            ['CONTENT', word.text],
            ...position(word.poly, w, h),
            ['WC', confidence(word.confidence)],
            ['CS', f.review === 'corrected' || f.review === 'added' ? 'true' : undefined],
          ]);
          if (word.poly.length >= 3 && !isUpright(word.poly)) {
            out.push(
              `<String${a}><Shape><Polygon POINTS="${xmlAttr(pointsString(word.poly))}"/></Shape></String>`,
            );
          } else {
            out.push(`<String${a}/>`);
          }
        });
        out.push('</TextLine>');
      });
      out.push('</TextBlock>');
    });
    out.push('</PrintSpace>', '</Page>');
  });
  out.push('</Layout>', '</alto>', '');
  return { files: [{ name: `${opts.baseName}.alto.xml`, data: out.join('\n') }], crops: [] };
}
