/** A confidence given to a word and whether the word was right. */
export interface Scored {
  confidence: number;
  right: boolean;
}

/**
 * Expected calibration error over `bins` equal-width bins of confidence: the word-weighted mean of
 * |share right − mean confidence| per bin. 0 is perfect: words given 0.9 are right 90% of the time.
 */
export function expectedCalibrationError(words: readonly Scored[], bins = 10): number {
  if (words.length === 0) return NaN;
  const n = new Array<number>(bins).fill(0);
  const conf = new Array<number>(bins).fill(0);
  const right = new Array<number>(bins).fill(0);
  for (const w of words) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(w.confidence * bins)));
    n[b]++;
    conf[b] += w.confidence;
    right[b] += w.right ? 1 : 0;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) if (n[b] > 0) ece += Math.abs(right[b] - conf[b]) / words.length;
  return ece;
}

/**
 * How well confidence finds the wrong words: the chance that a random wrong word has a lower
 * confidence than a random right one (ties count half). 0.5 is no better than chance; NaN when
 * either kind is missing.
 */
export function wrongWordAuroc(words: readonly Scored[]): number {
  const sorted = [...words].sort((a, b) => a.confidence - b.confidence);
  let wrongBelow = 0;
  let pairs = 0;
  let i = 0;
  let wrongSoFar = 0;
  while (i < sorted.length) {
    let j = i;
    while (j < sorted.length && sorted[j].confidence === sorted[i].confidence) j++;
    const tie = sorted.slice(i, j);
    const tieWrong = tie.filter((w) => !w.right).length;
    const tieRight = tie.length - tieWrong;
    wrongBelow += tieRight * (wrongSoFar + tieWrong / 2);
    wrongSoFar += tieWrong;
    i = j;
  }
  const wrong = wrongSoFar;
  pairs = wrong * (words.length - wrong);
  return pairs === 0 ? NaN : wrongBelow / pairs;
}
