import { boundsOf, quadAround } from '../geometry/geometry.ts';
import { linesFromGeometry } from './geometryLines.ts';
import type { LineModel, LineSource, Point, WordModel } from '../types.ts';

export interface LineGrouping {
  source: LineSource;
  lines: LineModel[];
}

/**
 * Groups one page's words (in CLOVA's field order) into lines. With `lineBreak` flags (V2 since
 * 2021) CLOVA's own lines are used: a line ends at a field whose lineBreak is true, and fields after
 * the last true one form a final line. Without them (V1, 2020 V2) lines come from geometry.
 * Line ids start at `firstId`; paragraphId is left at -1 for groupParagraphs to fill.
 */
export function groupLines(words: readonly WordModel[], firstId = 0): LineGrouping {
  const hasFlags = words.some((w) => typeof w.lineBreak === 'boolean');
  const groups = hasFlags ? linesFromFlags(words) : linesFromGeometry(words.map((w) => w.poly));
  return {
    source: hasFlags ? 'lineBreak' : 'geometry',
    lines: groups.map((members, k) => makeLine(words, members, firstId + k)),
  };
}

function linesFromFlags(words: readonly WordModel[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < words.length; i++) {
    current.push(i);
    if (words[i].lineBreak === true) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

function makeLine(words: readonly WordModel[], members: readonly number[], id: number): LineModel {
  const polys: Point[][] = [];
  const texts: string[] = [];
  const wordIds: number[] = [];
  let sum = 0;
  for (let i = 0; i < members.length; i++) {
    const w = words[members[i]];
    polys.push(w.poly);
    texts.push(w.text);
    wordIds.push(w.id);
    sum += w.confidence;
  }
  const poly = quadAround(polys);
  return {
    id,
    pageIndex: words[members[0]].pageIndex,
    wordIds,
    bounds: boundsOf(poly),
    poly,
    text: texts.join(' '),
    confidence: sum / members.length,
    paragraphId: -1,
  };
}
