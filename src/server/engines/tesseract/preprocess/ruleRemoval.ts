import { binarize } from '../tables/binarize.ts';
import { makeFrame, type Frame } from '../tables/frame.ts';
import { paramsFor } from '../tables/params.ts';
import { rotateGray } from '../tables/rotateGray.ts';
import { findRules, type RuleSegment } from '../tables/rules.ts';
import { estimateSkew, shrink } from '../tables/skew.ts';
import type { BinaryMask } from '../tables/types.ts';
import type { GrayImage } from '../raster/grayImage.ts';
import { estimateTextHeight } from './textHeight.ts';

/** A rule painted out: its centre line on the page (original pixels) and how wide the band was. */
export interface RemovedRule {
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** Full width of the painted band, in pixels. */
  width: number;
}

export interface RuleRemoval {
  /** The page with its rules painted in the local background (the input itself when none was found). */
  image: GrayImage;
  rules: RemovedRule[];
}

/**
 * Rules must be this many median glyph heights long (see textHeight.ts; a Hangul glyph is about
 * two components tall), so the long stroke of a big heading glyph (ㅡ, 一) is never taken for one.
 */
const MIN_RULE_GLYPHS = 4;
/**
 * Rules are this many times longer than thick. The strokes of a big heading (ㅡ, 一, the bar of
 * ㅗ) are long next to body text but thick for their length (a 28-pt ㅡ: ~8x, 르포 joined: 18x);
 * a hairline rule or an underline is 25x and more.
 */
const MIN_ASPECT = 22;
/** A rule that meets no other must be this many median glyph heights long, and this share of the page's width. */
const LONE_RULE_GLYPHS = 8;
const LONE_RULE_WIDTH = 0.15;
/** Anti-aliased edges of a rule read as a thin `|` when left behind: paint a little past the ink. */
const EDGE_PAD = 1.5;
/** A rule has paper beside it along most of its length (see besideInk). */
const MAX_BESIDE_INK = 0.3;
/** Pooling for the search keeps glyphs at least this tall, and pools at most MAX_POOL x MAX_POOL. */
const SEARCH_GLYPH = 6;
const MAX_POOL = 4;

/**
 * Paints the page's long straight rules (table grids, underlines, separators) with the paper
 * around them, so tesseract does not read them as `|`, `ㅣ`, `l` or `1`. Finds them as table
 * detection does (skew, deskewed frame, adaptive binarisation, long thin runs), so what is
 * removed is what detection sees as the tables' lines. Text that touches a rule loses only the
 * pixels inside the rule's band. `glyphHeight` (median glyph height, see pageAnalysis.ts) saves
 * estimating it again on the whole page.
 */
export function removeRules(image: GrayImage, glyphHeight?: number): RuleRemoval {
  const glyph = glyphHeight ?? estimateTextHeight(image).medianHeight ?? 0;
  const f = searchPooling(glyph);
  const rules = findPageRules(shrink(image, f), f, glyph);
  return { image: paintRules(image, rules), rules };
}

/**
 * Rules are searched on a mean-pooled copy where glyphs stay at least SEARCH_GLYPH px tall: a
 * 300-dpi page costs a fraction of the work, and pooling keeps even 1-px rules (as grey lines).
 */
export function searchPooling(glyphHeight: number | undefined): number {
  return Math.max(1, Math.min(MAX_POOL, Math.floor((glyphHeight ?? 0) / SEARCH_GLYPH)));
}

/**
 * The rules on `small`, a copy of the page pooled by `f`, as bands on the full page.
 * `glyphHeight` is in full-page pixels; `degrees` is the page's skew when already known.
 */
export function findPageRules(
  small: GrayImage,
  f: number,
  glyphHeight: number,
  degrees = estimateSkew(small, 5),
): RemovedRule[] {
  const frame = makeFrame(small.width, small.height, Math.abs(degrees) < 0.03 ? 0 : degrees);
  const deskewed = rotateGray(small, frame);
  const params = paramsFor(frame.width, frame.height);
  const minLength = Math.max(params.minRuleLength, Math.round((glyphHeight / f) * MIN_RULE_GLYPHS));
  const mask = binarize(deskewed);
  // No gap bridging: the strokes of small, dense text otherwise join into "rules" along a line.
  const { horizontal, vertical } = findRules(mask, { ...params, minRuleLength: minLength, runGap: 0 });
  const candidate = (dir: 'h' | 'v') => (s: RuleSegment) =>
    s.end - s.start + 1 >= Math.max(minLength, MIN_ASPECT * s.thickness) &&
    besideInk(mask, s, dir) <= MAX_BESIDE_INK;
  const hs = horizontal.filter(candidate('h'));
  const vs = vertical.filter(candidate('v'));
  // A rule of a grid meets another rule; one on its own must be longer than any glyph's stroke
  // (a big heading's ㅡ or 一 meets nothing and is shorter than that).
  const lone = Math.max(LONE_RULE_GLYPHS * (glyphHeight / f), LONE_RULE_WIDTH * frame.width);
  const tol = params.tolerance;
  const meets = (a: RuleSegment, b: RuleSegment) =>
    b.pos >= a.start - tol && b.pos <= a.end + tol && a.pos >= b.start - tol && a.pos <= b.end + tol;
  const keep = (others: RuleSegment[]) => (s: RuleSegment) =>
    s.end - s.start + 1 >= lone || others.some((o) => meets(s, o));
  // Horizontal rules first: the verticals then sample paper where they cross them, not the rule.
  return [
    ...hs.filter(keep(vs)).map((s) => band(s, 'h', frame, f)),
    ...vs.filter(keep(hs)).map((s) => band(s, 'v', frame, f)),
  ];
}

/** A copy of `image` with every band painted in the paper beside it (the image itself when none). */
export function paintRules(image: GrayImage, rules: readonly RemovedRule[]): GrayImage {
  if (rules.length === 0) return image;
  const out: GrayImage = { data: new Uint8Array(image.data), width: image.width, height: image.height };
  for (const r of rules) paintBand(out, r);
  return out;
}

/**
 * Share of the positions along a segment with ink just beside it (on the side with less ink). A
 * rule has paper beside it except where text or another rule touches it; a run through a line of
 * text has the text's ink on both sides.
 */
function besideInk(mask: BinaryMask, s: RuleSegment, dir: 'h' | 'v'): number {
  const off = Math.ceil(s.thickness / 2) + 2;
  const at = (along: number, across: number) => {
    const [x, y] = dir === 'h' ? [along, across] : [across, along];
    return x < 0 || y < 0 || x >= mask.width || y >= mask.height ? 0 : mask.data[y * mask.width + x];
  };
  const before = Math.round(s.pos) - off;
  const after = Math.round(s.pos) + off;
  let a = 0;
  let b = 0;
  for (let t = s.start; t <= s.end; t++) {
    a += at(t, before);
    b += at(t, after);
  }
  return Math.min(a, b) / (s.end - s.start + 1);
}

/** The segment's band on the full page; `f` is the pooling factor of the frame's copy. */
function band(s: RuleSegment, dir: 'h' | 'v', frame: Frame, f: number): RemovedRule {
  const p = (t: number) => {
    // Pooled pixel i covers page pixels i*f .. i*f+f-1: its centre is (i + 0.5) * f - 0.5.
    const q = frame.toOriginal(dir === 'h' ? { x: t, y: s.pos } : { x: s.pos, y: t });
    return { x: (q.x + 0.5) * f - 0.5, y: (q.y + 0.5) * f - 0.5 };
  };
  // The ends get the pad too: a rule's square caps stick out past its last long run.
  const from = p(s.start - 0.5 - EDGE_PAD / f);
  const to = p(s.end + 0.5 + EDGE_PAD / f);
  return { from, to, width: s.thickness * f + 2 * EDGE_PAD };
}

/**
 * Every pixel within the band gets the lighter of the two pixels just outside it, across the
 * rule: the paper on either side, so a cell's shading survives and text beside the rule is not
 * smeared into it. Samples come from `out`, so rules painted earlier read as paper.
 */
function paintBand(out: GrayImage, b: RemovedRule): void {
  const { width: w, height: h } = out;
  const length = Math.hypot(b.to.x - b.from.x, b.to.y - b.from.y);
  if (length === 0) return;
  const along = { x: (b.to.x - b.from.x) / length, y: (b.to.y - b.from.y) / length };
  const across = { x: -along.y, y: along.x };
  const half = b.width / 2;
  const reach = half + 1.5;
  const x0 = Math.max(0, Math.floor(Math.min(b.from.x, b.to.x) - reach));
  const x1 = Math.min(w - 1, Math.ceil(Math.max(b.from.x, b.to.x) + reach));
  const y0 = Math.max(0, Math.floor(Math.min(b.from.y, b.to.y) - reach));
  const y1 = Math.min(h - 1, Math.ceil(Math.max(b.from.y, b.to.y) + reach));
  const sample = (x: number, y: number) => {
    const xi = Math.round(x);
    const yi = Math.round(y);
    return xi < 0 || yi < 0 || xi >= w || yi >= h ? 255 : out.data[yi * w + xi];
  };
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) {
      const dx = x - b.from.x;
      const dy = y - b.from.y;
      const t = dx * along.x + dy * along.y;
      const d = dx * across.x + dy * across.y;
      if (t < 0 || t > length || Math.abs(d) > half) continue;
      const cx = x - d * across.x;
      const cy = y - d * across.y;
      const side = (sign: number) => sample(cx + sign * reach * across.x, cy + sign * reach * across.y);
      out.data[y * w + x] = Math.max(out.data[y * w + x], Math.max(side(1), side(-1)));
    }
}
