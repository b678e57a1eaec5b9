import { describe, expect, it } from 'vitest';
import { WORD_SCRIPTS } from './features.ts';
import { fitCalibration, isotonicKnots, type LabelledWord } from './fit.ts';
import { calibratedProbability, interpolate } from './model.ts';
import { expectedCalibrationError, wrongWordAuroc } from './reliability.ts';
import { CALIBRATIONS } from './table.ts';
import { calibrateRunLines } from './index.ts';

const SAMPLES: Record<(typeof WORD_SCRIPTS)[number], string[]> = {
  digits: ['4', '4,500', '02-123-4567'],
  latin: ['L', 'Total', 'Americano'],
  hangul: ['원', '합계', '우유식빵입니다'],
  cjk: ['様', '合計', 'ありがとうございました'],
  mixed: ['1L', '4,500원', '2024年5月17日'],
};

describe.each(['lines', 'page'] as const)('the committed calibration table, %s path', (path) => {
  const CALIBRATION = CALIBRATIONS[path];
  it('was fitted on words of the tuning half', () => {
    expect(CALIBRATION.words).toBeGreaterThan(200);
    expect(CALIBRATION.fittedOn).toMatch(/tuning half/);
  });

  it('never lowers a word’s probability as tesseract’s confidence rises, and stays in [0, 1]', () => {
    for (const script of WORD_SCRIPTS) {
      for (const text of SAMPLES[script]) {
        // Whatever the line detector said (or nothing, as on whole-page reads).
        for (const detectorScore of [undefined, 0.9, 0.985, 0.999]) {
          let previous = -1;
          for (let conf = -5; conf <= 105; conf += 1) {
            const p = calibratedProbability(CALIBRATION, { text, conf, detectorScore });
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(1);
            expect(p).toBeGreaterThanOrEqual(previous);
            previous = p;
          }
        }
      }
    }
  });

  it('has non-decreasing knots', () => {
    for (let i = 1; i < CALIBRATION.isotonic.length; i++) {
      expect(CALIBRATION.isotonic[i][0]).toBeGreaterThanOrEqual(CALIBRATION.isotonic[i - 1][0]);
      expect(CALIBRATION.isotonic[i][1]).toBeGreaterThanOrEqual(CALIBRATION.isotonic[i - 1][1]);
    }
  });
});

describe('the committed table’s line detector term', () => {
  it('is never on the whole-page path, whose words have no detector score', () => {
    expect(CALIBRATIONS.page.detector).toBeUndefined();
  });
});

describe('interpolate', () => {
  it('is linear between knots and flat beyond them', () => {
    const knots = [
      [0.2, 0.1],
      [0.6, 0.5],
    ] as const;
    expect(interpolate(knots, 0)).toBe(0.1);
    expect(interpolate(knots, 0.4)).toBeCloseTo(0.3);
    expect(interpolate(knots, 0.9)).toBe(0.5);
  });
});

describe('isotonicKnots', () => {
  it('pools violators and keeps blocks of at least the minimum size', () => {
    const points = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6].map((x, i) => ({ x, y: [0, 1, 0, 1, 1, 1][i] }));
    expect(isotonicKnots(points, 1).map(([, y]) => y)).toEqual([0, 0.5, 1]);
    // The lone 0 at the start joins its neighbour.
    const knots = isotonicKnots(points, 2);
    expect(knots.map(([, y]) => y)).toEqual([0.3333, 1]);
    expect(knots[0][0]).toBeCloseTo(0.2);
    // A pseudo-count keeps the ends off 0 and 1.
    expect(isotonicKnots(points, 2, 1).map(([, y]) => y)).toEqual([0.375, 0.875]);
    for (let i = 1; i < knots.length; i++) expect(knots[i][1]).toBeGreaterThan(knots[i - 1][1]);
  });

  it('pools again when the pseudo-count would put a small block above a larger one', () => {
    // Ten words pooled at 0.9, then one right word: shrunk alone, 0.86 and 0.75 would fall.
    const ys = [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1];
    const points = ys.map((y, x) => ({ x, y }));
    expect(isotonicKnots(points, 1).map(([, y]) => y)).toEqual([0.9, 1]);
    expect(isotonicKnots(points, 1, 1).map(([, y]) => y)).toEqual([0.875]);
  });
});

describe('fitCalibration', () => {
  it('turns overconfident scores into probabilities that match how often words are right', () => {
    // A deterministic population: tesseract says c, the word is right with chance c² (overconfident),
    // and one-character words are right half as often.
    const words: LabelledWord[] = [];
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 1500; i++) {
      const conf = 100 * rand();
      const text = i % 3 === 0 ? '합' : i % 3 === 1 ? '4,500' : '합계금액';
      const chance = (conf / 100) ** 2 * (text.length === 1 ? 0.5 : 1);
      words.push({ text, conf, right: rand() < chance });
    }
    const cal = fitCalibration(words, 'synthetic');
    const raw = words.map((w) => ({ confidence: w.conf / 100, right: w.right }));
    const fitted = words.map((w) => ({ confidence: calibratedProbability(cal, w), right: w.right }));
    expect(expectedCalibrationError(raw)).toBeGreaterThan(0.15);
    expect(expectedCalibrationError(fitted)).toBeLessThan(0.03);
    expect(cal.lengthWeight).toBeGreaterThan(0);
  });
});

describe('fitCalibration with the line detector’s score', () => {
  // Tesseract says c; the word is right with chance c on lines the detector is sure of (0.9) and
  // c² on doubtful ones (0.65): the same tesseract score means less on a doubtful line.
  const population = (withScore: boolean) => {
    const words: LabelledWord[] = [];
    let seed = 11;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++) {
      const conf = 100 * rand();
      const detectorScore = i % 2 === 0 ? 0.9 : 0.65;
      const chance = detectorScore > 0.8 ? conf / 100 : (conf / 100) ** 2;
      words.push({ text: '합계', conf, right: rand() < chance, ...(withScore ? { detectorScore } : {}) });
    }
    return words;
  };

  it('learns that a low detector score lowers the probability for the same tesseract score', () => {
    const words = population(true);
    const cal = fitCalibration(words, 'synthetic');
    expect(cal.detector?.weight).toBeGreaterThan(0);
    expect(cal.detector?.mean).toBeCloseTo(0.775, 2);
    const at = (detectorScore: number) =>
      calibratedProbability(cal, { text: '합계', conf: 60, detectorScore });
    expect(at(0.65)).toBeLessThan(at(0.9) - 0.1);
    // And it tells wrong words from right ones better than the same fit without the score (both
    // are calibrated on average: the isotonic map sees to that).
    const auroc = (c: typeof cal) =>
      wrongWordAuroc(words.map((w) => ({ confidence: calibratedProbability(c, w), right: w.right })));
    expect(auroc(cal)).toBeGreaterThan(auroc(fitCalibration(words, 'synthetic', { detector: false })) + 0.01);
  });

  it('has no detector term when the words carry no score (whole-page reads) or when told not to', () => {
    expect(fitCalibration(population(false), 'synthetic').detector).toBeUndefined();
    expect(fitCalibration(population(true), 'synthetic', { detector: false }).detector).toBeUndefined();
  });

  it('treats a word without a score as an average line', () => {
    const cal = fitCalibration(population(true), 'synthetic');
    const p = (detectorScore?: number) =>
      calibratedProbability(cal, { text: '합계', conf: 60, detectorScore });
    expect(p(undefined)).toBe(p(cal.detector!.mean));
  });
});

describe('calibrateRunLines', () => {
  it('gives each run its calibration with the run’s own detector score', () => {
    const lines = {
      ...CALIBRATIONS.lines,
      isotonic: [],
      detector: { weight: 1, mean: 0.8, sd: 0.1 },
    };
    const cals = { lines, page: CALIBRATIONS.page };
    const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
    const run = (detectorScore?: number) => ({ text: '합계', conf: 80, box, detectorScore });
    const [read] = calibrateRunLines([{ box, runs: [run(0.6), run(0.95), run(undefined)] }], 'lines', cals);
    const [low, high, none] = read.runs.map((r) => r.conf);
    expect(low).toBeLessThan(none);
    expect(none).toBeLessThan(high);
    expect(none).toBeCloseTo(100 * calibratedProbability(lines, { text: '합계', conf: 80 }), 6);
  });
});
