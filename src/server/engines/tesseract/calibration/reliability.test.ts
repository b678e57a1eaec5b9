import { describe, expect, it } from 'vitest';
import { expectedCalibrationError, wrongWordAuroc } from './reliability.ts';

const words = (confidence: number, right: number, wrong: number) => [
  ...Array.from({ length: right }, () => ({ confidence, right: true })),
  ...Array.from({ length: wrong }, () => ({ confidence, right: false })),
];

describe('expectedCalibrationError', () => {
  it('is 0 when each bin is right as often as it claims', () => {
    expect(expectedCalibrationError([...words(0.95, 19, 1), ...words(0.25, 1, 3)])).toBeCloseTo(0, 10);
  });

  it('weights each bin’s gap by its share of the words', () => {
    // 0.9 claimed, half right (gap 0.4) on 10 of 20 words; 0.1 claimed, none right (gap 0.1) on 10.
    expect(expectedCalibrationError([...words(0.9, 5, 5), ...words(0.1, 0, 10)])).toBeCloseTo(0.25, 10);
  });
});

describe('wrongWordAuroc', () => {
  it('is 1 when every wrong word scores below every right one, 0.5 for ties', () => {
    expect(wrongWordAuroc([...words(0.2, 0, 3), ...words(0.8, 4, 0)])).toBe(1);
    expect(wrongWordAuroc(words(0.5, 3, 3))).toBe(0.5);
    expect(wrongWordAuroc([...words(0.8, 0, 2), ...words(0.2, 2, 0)])).toBe(0);
    expect(wrongWordAuroc(words(0.5, 3, 0))).toBeNaN();
  });
});
