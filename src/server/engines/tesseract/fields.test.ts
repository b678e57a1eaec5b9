import { describe, expect, it } from 'vitest';
import { boxVertices, confidence, toFields } from './fields.ts';
import type { RunLine } from './cjkRuns.ts';

const lines: RunLine[] = [
  {
    box: { x0: 0, y0: 0, x1: 300, y1: 40 },
    runs: [
      { text: '회의는', conf: 93.296524, box: { x0: 0, y0: 0, x1: 120, y1: 40 } },
      { text: '3월', conf: 100, box: { x0: 140, y0: 2, x1: 200, y1: 40 } },
    ],
  },
  {
    box: { x0: 0, y0: 60, x1: 100, y1: 100 },
    runs: [{ text: '끝', conf: -1, box: { x0: 0, y0: 60, x1: 40, y1: 100 } }],
  },
];

describe('toFields', () => {
  it('writes V2 fields in CLOVA key order with lineBreak on each line end', () => {
    const f = toFields(lines, 'V2');
    expect(f.map((x) => [x.inferText, x.lineBreak])).toEqual([
      ['회의는', false],
      ['3월', true],
      ['끝', true],
    ]);
    expect(Object.keys(f[0])).toEqual([
      'valueType',
      'boundingPoly',
      'inferText',
      'inferConfidence',
      'type',
      'lineBreak',
    ]);
    expect(f[0]).toMatchObject({ valueType: 'ALL', type: 'NORMAL', inferConfidence: 0.933 });
  });
  it('writes V1 fields with only the four V1 keys', () => {
    const f = toFields(lines, 'V1');
    expect(f).toHaveLength(3);
    for (const x of f)
      expect(Object.keys(x)).toEqual(['valueType', 'boundingPoly', 'inferText', 'inferConfidence']);
  });
});

describe('rotated runs', () => {
  it('keep their own quad as the boundingPoly', () => {
    const poly = [
      { x: 10, y: 5 },
      { x: 110, y: 9 },
      { x: 109, y: 39 },
      { x: 9, y: 35 },
    ];
    const f = toFields(
      [
        {
          box: { x0: 9, y0: 5, x1: 110, y1: 39 },
          runs: [{ text: 'A', conf: 90, box: { x0: 9, y0: 5, x1: 110, y1: 39 }, poly }],
        },
      ],
      'V2',
    );
    expect(f[0].boundingPoly.vertices).toEqual(poly);
  });
});

describe('boxVertices', () => {
  it('goes clockwise from the top-left', () => {
    expect(boxVertices({ x0: 1, y0: 2, x1: 5, y1: 9 })).toEqual([
      { x: 1, y: 2 },
      { x: 5, y: 2 },
      { x: 5, y: 9 },
      { x: 1, y: 9 },
    ]);
  });
});

describe('confidence', () => {
  it('scales to 0..1, clamps, and keeps at most 4 decimals', () => {
    expect(confidence(93.296524)).toBe(0.933);
    expect(confidence(71.242325)).toBe(0.7124);
    expect(confidence(-1)).toBe(0);
    expect(confidence(100)).toBe(1);
  });
});
