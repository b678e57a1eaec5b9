import { boundsOf } from '../../geometry/geometry.ts';
import type { Point } from '../../types.ts';
import { fieldOf, liveView } from '../liveView.ts';
import type { GroundTruth } from '../types.ts';
import { pointsString } from './boxes.ts';
import type { ExportFile, ExportOptions, ExportResult } from './types.ts';
import { imageName } from './types.ts';
import { attrs, xmlText } from './xml.ts';

const NS = 'http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15';

/** PAGE's Coords want at least two points: polygons of fewer than 3 vertices become their bounds. */
function coords(poly: readonly Point[]): string {
  if (poly.length >= 3) return `<Coords points="${pointsString(poly)}"/>`;
  const b = boundsOf(poly);
  const box = [
    { x: b.minX, y: b.minY },
    { x: b.maxX, y: b.minY },
    { x: b.maxX, y: b.maxY },
    { x: b.minX, y: b.maxY },
  ];
  return `<Coords points="${pointsString(box)}"/>`;
}

const equiv = (text: string, conf?: number) =>
  `<TextEquiv${attrs([['conf', conf === undefined ? undefined : Math.round(conf * 10_000) / 10_000]])}><Unicode>${xmlText(text)}</Unicode></TextEquiv>`;

/**
 * PAGE XML 2019-07-15, one file per page (PAGE describes one image): a TextRegion per paragraph,
 * a TextLine per line, a Word per word, each with its Coords polygon and TextEquiv/Unicode; words
 * carry their confidence and, in `custom`, their review state.
 */
export function exportPage(gt: GroundTruth, opts: ExportOptions): ExportResult {
  const view = liveView(gt);
  const { doc } = view;
  const when = opts.now ?? '1970-01-01T00:00:00Z';
  const files: ExportFile[] = doc.pages.map((page, n) => {
    const p = n + 1;
    const out: string[] = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<PcGts xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NS} ${NS}/pagecontent.xsd">`,
      `<Metadata><Creator>OCR Inspector</Creator><Created>${when}</Created><LastChange>${when}</LastChange></Metadata>`,
      `<Page${attrs([
        ['imageFilename', imageName(opts, page.index)],
        ['imageWidth', Math.max(1, Math.round(page.width))],
        ['imageHeight', Math.max(1, Math.round(page.height))],
      ])}>`,
    ];
    page.paragraphIds.forEach((pid, r) => {
      const para = doc.paragraphs[pid];
      out.push(`<TextRegion${attrs([['id', `r_${p}_${r + 1}`]])}>`, coords(para.poly));
      para.lineIds.forEach((lid, l) => {
        const line = doc.lines[lid];
        out.push(`<TextLine${attrs([['id', `l_${p}_${r + 1}_${l + 1}`]])}>`, coords(line.poly));
        for (const wid of line.wordIds) {
          const word = doc.words[wid];
          const f = fieldOf(view, word);
          out.push(
            `<Word${attrs([
              ['id', `w_${f.id}`],
              ['custom', `review {state:${f.review};}`],
            ])}>${coords(word.poly)}${equiv(word.text, word.confidence)}</Word>`,
          );
        }
        out.push(equiv(line.text), '</TextLine>');
      });
      out.push(equiv(para.text), '</TextRegion>');
    });
    out.push('</Page>', '</PcGts>', '');
    return { name: `${opts.baseName}_p${p}.page.xml`, data: out.join('\n') };
  });
  return { files, crops: [] };
}
