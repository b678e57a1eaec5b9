import type { Calibrations } from './model.ts';

/** Written by bench/experiments/fitConfidence.ts (do not edit by hand; re-run it). */
export const CALIBRATIONS: Calibrations = {
  lines: {
    fittedOn:
      'tuning half of the generated photo set (test/support/photoSet), lines path: seeds 1000,1002,1004,1006,1008,1010,1012,1014,1016,1018,2000,2002,2004,2006,2008,2010,2012,2014,2016,2018,3000,3002,3004,3006,3008,3010,3012,3014,3016,3018',
    words: 741,
    lengthWeight: 0.1624,
    scripts: {
      digits: {
        intercept: -3.458,
        slope: 6.4494,
      },
      latin: {
        intercept: -3.6327,
        slope: 6.367,
      },
      hangul: {
        intercept: -3.4813,
        slope: 6.5485,
      },
      cjk: {
        intercept: -3.0748,
        slope: 6.4862,
      },
      mixed: {
        intercept: -4.0984,
        slope: 6.1261,
      },
    },
    isotonic: [
      [0.0299, 0.0167],
      [0.0525, 0.0833],
      [0.1582, 0.1719],
      [0.3239, 0.3194],
      [0.5827, 0.5164],
      [0.8437, 0.797],
      [0.9163, 0.875],
      [0.9309, 0.9167],
      [0.9413, 0.9561],
      [0.9574, 0.9967],
    ],
  },
  page: {
    fittedOn:
      'tuning half of the generated photo set (test/support/photoSet), page path: seeds 1500,1502,1504,1506,1508,1510,1512,1514,1516,1518,1520,1522,1524,1526,1528,1530,1532,1534,1536,1538,2500,2502,2504,2506,2508,2510,2512,2514,2516,2518,2520,2522,2524,2526,2528,2530,2532,2534,2536,2538,3500,3502,3504,3506,3508,3510,3512,3514,3516,3518,3520,3522,3524,3526,3528,3530,3532,3534,3536,3538',
    words: 1405,
    lengthWeight: 0.1354,
    scripts: {
      digits: {
        intercept: -3.7747,
        slope: 5.1284,
      },
      latin: {
        intercept: -3.8938,
        slope: 4.8889,
      },
      hangul: {
        intercept: -3.2109,
        slope: 5.3871,
      },
      cjk: {
        intercept: -2.8901,
        slope: 5.6657,
      },
      mixed: {
        intercept: -4.9953,
        slope: 3.8715,
      },
    },
    isotonic: [
      [0.0151, 0.0116],
      [0.0361, 0.0341],
      [0.0577, 0.0862],
      [0.1744, 0.1013],
      [0.2968, 0.3641],
      [0.4506, 0.4111],
      [0.601, 0.4313],
      [0.7096, 0.6461],
      [0.7506, 0.75],
      [0.7909, 0.8767],
      [0.8986, 0.9676],
      [0.9347, 0.996],
    ],
  },
};
