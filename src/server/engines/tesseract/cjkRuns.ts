import type { Vertex } from '../../../clova/index.ts';
import { intersect, union } from './box.ts';
import type { SpacedLine } from './spacing.ts';
import type { Box } from './tsv.ts';

/** A CLOVA-like field: a run of text with no space inside, as CLOVA splits words. */
export interface Run {
  text: string;
  /** 0..100, the lowest of the merged words: see mergeCjkRuns. */
  conf: number;
  /** Axis-aligned bounds in page pixels. */
  box: Box;
  /**
   * The run's quad when it is not axis-aligned (words read from straightened line crops of a
   * photo): clockwise from the text's top-left, as CLOVA writes it. Absent: `box` is the shape.
   */
  poly?: Vertex[];
  /**
   * The line detector's score for the box the run was read from (photos' line crops, see
   * preprocess/lines): one of the calibration's inputs. Absent on whole-page reads.
   */
  detectorScore?: number;
}
export interface RunLine {
  box: Box;
  runs: Run[];
}

// Han, kana and Hangul by script extension, plus CJK punctuation and full-width forms (。、「」ー：).
const CJK = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\u3000-\u303f\uff00-\uffef]/u;

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/**
 * Joins the per-character "words" tesseract gives for CJK text into runs that end only at real
 * spaces, as CLOVA's fields do ("회의실에서", not "회|의|실|에서"). Two neighbours join when no
 * space separates them and either side of the boundary is CJK; Latin words keep tesseract's
 * segmentation. Confidence is the minimum, which is how tesseract scores its own multi-character
 * words, so a merged run and a native word mean the same thing and one bad character shows.
 */
export function mergeCjkRuns(line: SpacedLine): RunLine {
  const runs: Run[] = [];
  for (const w of line.words) {
    const prev = runs[runs.length - 1];
    if (prev && !w.spaceBefore && (isCjk(lastChar(prev.text)) || isCjk(firstChar(w.text)))) {
      prev.text += w.text;
      prev.conf = Math.min(prev.conf, w.conf);
      prev.box = union(prev.box, w.box);
    } else {
      runs.push({ text: w.text, conf: w.conf, box: w.box });
    }
  }
  return { box: line.box, runs: tidyBoxes(runs, line.box) };
}

/**
 * Tesseract's CJK character boxes are often a character too wide or too tall (a box for "회"
 * covering "회의는"). The line box is reliable, and runs on one line do not overlap, so each run
 * is cut to the line and to where the next run starts.
 */
function tidyBoxes(runs: Run[], lineBox: Box): Run[] {
  const out = runs.map((r) => ({ ...r, box: intersect(r.box, lineBox) ?? r.box }));
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i].box;
    const next = out[i + 1].box;
    if (a.x1 > next.x0 && a.x0 < next.x0) out[i].box = { ...a, x1: next.x0 };
  }
  return out;
}

function firstChar(s: string): string {
  return String.fromCodePoint(s.codePointAt(0) ?? 32);
}

function lastChar(s: string): string {
  return Array.from(s).pop() ?? ' ';
}
