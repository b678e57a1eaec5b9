import type { Calibrations } from './model.ts';

/** Written by bench/experiments/fitConfidence.ts (do not edit by hand; re-run it). */
export const CALIBRATIONS: Calibrations = {
  lines: {
    fittedOn:
      'tuning half of the generated photo set (test/support/photoSet), lines path: seeds 1000,1002,1004,1006,1008,1010,1012,1014,1016,1018,2000,2002,2004,2006,2008,2010,2012,2014,2016,2018,3000,3002,3004,3006,3008,3010,3012,3014,3016,3018',
    words: 741,
    lengthWeight: 0.1091,
    scripts: {
      digits: {
        intercept: -3.3177,
        slope: 6.3543,
      },
      latin: {
        intercept: -3.3534,
        slope: 6.3364,
      },
      hangul: {
        intercept: -3.3146,
        slope: 6.38,
      },
      cjk: {
        intercept: -3.1497,
        slope: 6.4127,
      },
      mixed: {
        intercept: -3.5317,
        slope: 6.2322,
      },
    },
    isotonic: [
      [0.0374, 0.0156],
      [0.0468, 0.0887],
      [0.1817, 0.1889],
      [0.4673, 0.4435],
      [0.7345, 0.6196],
      [0.865, 0.8013],
      [0.9124, 0.8833],
      [0.9252, 0.9118],
      [0.935, 0.936],
      [0.9405, 0.9444],
      [0.9444, 0.9817],
      [0.953, 0.9963],
    ],
  },
  page: {
    fittedOn:
      'tuning half of the generated photo set (test/support/photoSet), page path: seeds 1500,1502,1504,1506,1508,1510,1512,1514,1516,1518,2500,2502,2504,2506,2508,2510,2512,2514,2516,2518,3500,3502,3504,3506,3508,3510,3512,3514,3516,3518',
    words: 732,
    lengthWeight: 0.3277,
    scripts: {
      digits: {
        intercept: -4.0141,
        slope: 5.2042,
      },
      latin: {
        intercept: -4.1087,
        slope: 5.1198,
      },
      hangul: {
        intercept: -3.8065,
        slope: 5.3582,
      },
      cjk: {
        intercept: -3.6242,
        slope: 5.55,
      },
      mixed: {
        intercept: -4.7728,
        slope: 4.5171,
      },
    },
    isotonic: [
      [0.0206, 0.0125],
      [0.0365, 0.0395],
      [0.2554, 0.1373],
      [0.5139, 0.4873],
      [0.6737, 0.5638],
      [0.7537, 0.772],
      [0.8135, 0.9583],
      [0.8488, 0.9742],
      [0.8821, 0.9919],
    ],
  },
};
