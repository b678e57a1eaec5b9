import { describe, expect, it } from 'vitest';
import { rect, rotatePoly } from '../words.testutil.ts';
import { fromRun } from './fromRun.ts';
import { bp, gtOf, run } from './gt.testutil.ts';
import { placeWord } from './placement.ts';

describe('placeWord', () => {
  // Rows at y 0 and 40; words at x 0, 90, 180.
  const fields = gtOf([
    ['a', 'b', 'c'],
    ['d', 'e', 'f'],
  ]).images[0].fields;

  it('puts a word after the last word before it on its line', () => {
    expect(placeWord(fields, rect(150, 40, 20, 20))).toEqual({ index: 5, lineBreak: false });
    expect(placeWord(fields, rect(300, 40, 20, 20))).toEqual({
      index: 6,
      lineBreak: true,
      neighbour: { index: 5, lineBreak: false },
    });
  });

  it('puts a word that starts a line before its first word, and a word alone on its own line', () => {
    expect(placeWord(fields, rect(-50, 0, 20, 20))).toEqual({ index: 0, lineBreak: false });
    expect(placeWord(fields, rect(0, 20, 20, 8))).toEqual({ index: 3, lineBreak: true });
    expect(placeWord(fields, rect(0, 200, 20, 20))).toEqual({ index: 6, lineBreak: true });
  });

  it('gives no lineBreak on pages without flags, and reads rotated pages in their own frame', () => {
    const flagless = fromRun(
      run([
        [
          { text: 'x', x: 0, y: 0 },
          { text: 'y', x: 200, y: 0 },
        ],
      ]),
    ).images[0].fields;
    expect(placeWord(flagless, rect(100, 0, 20, 20))).toEqual({ index: 1 });
    // The whole page turned 90°: "after b" is below b.
    const turned = fields.map((f) => ({
      ...f,
      boundingPoly: bp(rotatePoly(f.boundingPoly.vertices, 90)),
    }));
    expect(placeWord(turned, rotatePoly(rect(150, 0, 20, 20), 90)).index).toBe(2);
  });
});
