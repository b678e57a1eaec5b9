import { OcrResponseSchema } from '../../../clova/index.ts';
import type { OcrResponse } from '../../../clova/index.ts';
import { fixtureNames, loadFixture } from '../../fixtures.testutil.ts';
import { image, response } from '../../responses.testutil.ts';
import { rect, rotatePoly } from '../../words.testutil.ts';
import { applyChanges } from '../applyChanges.ts';
import { fromRun } from '../fromRun.ts';
import { bp } from '../gt.testutil.ts';
import type { Change, GroundTruth } from '../types.ts';

/** Test-only: ground truths to export, covering scripts, rotation, every review state and hostile text. */

const review = (response: OcrResponse, changes: (gt: GroundTruth) => Change[]): GroundTruth => {
  const gt = fromRun(response);
  const r = applyChanges(gt, 0, changes(gt), 'tester', '2026-12-07T04:00:00Z');
  if (r.kind !== 'applied') throw new Error(JSON.stringify(r));
  return r.groundTruth;
};

const grid = (texts: string[][], w = 80) =>
  texts.flatMap((row, r) =>
    row.map((text, c) => ({
      text,
      conf: 0.5 + (c % 5) / 10,
      x: 10 + c * (w + 10),
      y: 10 + r * 40,
      w,
      lineBreak: c === row.length - 1,
    })),
  );

const parse = (r: unknown) => OcrResponseSchema.parse(r);

/** Korean, two pages: corrected, accepted, illegible, deleted and added words. */
export const korean = (): GroundTruth =>
  review(
    parse(
      response([
        image(
          0,
          grid([
            ['대한민국', '서울특별시'],
            ['영수증', '합계', '12,000원'],
          ]),
        ),
        image(1, grid([['둘째', '쪽']])),
      ]),
    ),
    () => [
      { op: 'edit', id: 'p0.w1', text: '서울특별시청' },
      { op: 'accept', id: 'p0.w0' },
      { op: 'illegible', id: 'p0.w3' },
      { op: 'delete', id: 'p0.w4' },
      { op: 'add', page: 0, boundingPoly: bp(rect(10, 100, 60, 20)), text: '추가' },
      { op: 'edit', id: 'p1.w1', text: '페이지' },
    ],
  );

/** Japanese, V1-like (no lineBreak flags: lines from geometry). */
export const japanese = (): GroundTruth => {
  const r = parse(
    response([
      image(
        0,
        grid([
          ['東京都', '千代田区'],
          ['ｶﾀｶﾅ', 'ひらがな'],
        ]),
      ),
    ]),
  );
  for (const f of r.images[0].fields ?? []) delete f.lineBreak;
  return review(r, () => [
    { op: 'edit', id: 'p0.w2', text: 'カタカナ' },
    { op: 'split', id: 'p0.w1', at: 3 },
  ]);
};

/** Words on a line turned 30°, with a corrected and a split one. */
export const rotated = (): GroundTruth => {
  const r = parse(response([image(0, grid([['rotated', 'line', 'words']]))]));
  for (const f of r.images[0].fields ?? []) {
    f.boundingPoly.vertices = rotatePoly(f.boundingPoly.vertices, 30, { x: 100, y: 100 }).map((p) => ({
      x: p.x + 200,
      y: p.y + 200,
    }));
  }
  return review(r, () => [
    { op: 'edit', id: 'p0.w0', text: 'Rotated' },
    { op: 'split', id: 'p0.w2', at: 2 },
  ]);
};

/** Text that breaks naive writers: markup, quotes, ampersands, controls, lone surrogates. */
export const HOSTILE = [
  '<b>&amp;</b>',
  'a"b\'c',
  ']]>&#x41;',
  'ctl\u0001\u0008x',
  'lone\uD800s',
  'tab\tnl\ncr\r',
  '\uFFFE',
];

export const hostile = (): GroundTruth =>
  review(parse(response([image(0, grid([HOSTILE.slice(0, 4), HOSTILE.slice(4)]))])), (gt) =>
    gt.images[0].fields.map((f, k) => ({ op: 'edit', id: f.id, text: HOSTILE[k] })),
  );

/** The real CLOVA responses, each with its first word corrected and its second deleted. */
export const realFixtures = (): [string, GroundTruth][] =>
  fixtureNames().map((name) => [
    name,
    review(parse(loadFixture(name)), (gt) => {
      const ids = gt.images.flatMap((i) => i.fields.map((f) => f.id));
      return [
        { op: 'edit', id: ids[0], text: 'fixed <&>' },
        { op: 'delete', id: ids[1] },
      ];
    }),
  ]);

export const samples = (): [string, GroundTruth][] => [
  ['korean', korean()],
  ['japanese', japanese()],
  ['rotated', rotated()],
  ['hostile', hostile()],
  ...realFixtures(),
];
