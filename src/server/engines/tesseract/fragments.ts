import { area, height, intersect } from './box.ts';
import type { SpacedLine } from './spacing.ts';

/** Share of a line's box that must lie inside a taller line for it to count as a fragment. */
const INSIDE_SHARE = 0.8;

/**
 * Drops "lines" that are pieces of another line's glyphs. With Hangul, tesseract sometimes reads
 * the lower jamo of a line (ㄴ, ㅡ, ㄹ) as a separate line of junk ("뜨ㄴ 나느=르") lying inside the
 * real line's box. A real text line never sits inside a taller one, so such lines are removed.
 */
export function dropFragmentLines<L extends Pick<SpacedLine, 'box'>>(lines: readonly L[]): L[] {
  return lines.filter(
    (l) =>
      !lines.some((other) => {
        if (other === l || height(other.box) <= height(l.box)) return false;
        const overlap = intersect(l.box, other.box);
        return overlap !== null && area(overlap) >= INSIDE_SHARE * area(l.box);
      }),
  );
}
