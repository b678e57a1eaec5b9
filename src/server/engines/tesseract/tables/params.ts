/** Pixel thresholds of the detector, scaled to the page so 72-dpi renders and 300-dpi scans both work. */
export type DetectParams = {
  /** Shortest dark run that can be part of a rule (the "long kernel" of the opening). */
  minRuleLength: number;
  /** Background gap bridged inside one run (anti-aliasing and scan noise). */
  runGap: number;
  /** Thicker runs are filled areas, not rules. */
  maxRuleThickness: number;
  /** Collinear segments this close are one rule (broken scans, dashed rules). */
  joinGap: number;
  /** How far apart two rules may be and still meet, or be one grid line. */
  tolerance: number;
  /** Grid lines closer than this are one line (double rules). */
  minCellSize: number;
  /** A horizontal rule crossing a single vertical one counts only when at least this long (open-sided tables). */
  longRuleLength: number;
  /** Share of a boundary that must be inked for the boundary to exist (else the cells are merged). */
  presentCoverage: number;
};

/**
 * `textHeight` (median OCR word height, when words are known) sets a floor: a rule must be
 * longer than a glyph stroke, and a row or column thinner than most of a text line cannot hold
 * text. Without it, strokes of large glyphs (ㅁ, 田) would pass for small tables.
 */
export function paramsFor(width: number, height: number, textHeight = 0): DetectParams {
  const side = Math.min(width, height);
  const tolerance = Math.max(4, Math.round(side * 0.004));
  return {
    minRuleLength: Math.max(12, Math.round(side * 0.02), Math.round(textHeight * 1.2)),
    runGap: Math.max(1, Math.round(side / 1200)),
    maxRuleThickness: Math.max(4, Math.round(side * 0.008)),
    joinGap: Math.max(2 * tolerance, Math.round(side * 0.01)),
    tolerance,
    minCellSize: Math.max(6, Math.round(side * 0.005), Math.round(textHeight * 0.6)),
    longRuleLength: Math.round(width * 0.1),
    presentCoverage: 0.7,
  };
}
