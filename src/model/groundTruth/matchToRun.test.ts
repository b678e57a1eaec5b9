import { describe, expect, it } from 'vitest';
import { OcrResponseSchema } from '../../clova/index.ts';
import { image, response } from '../responses.testutil.ts';
import { fixtureNames, loadFixture } from '../fixtures.testutil.ts';
import { rect } from '../words.testutil.ts';
import { applyChanges } from './applyChanges.ts';
import { fromRun } from './fromRun.ts';
import { AT, bp, run, WHO } from './gt.testutil.ts';
import { matchToRun } from './matchToRun.ts';
import type { Change, GroundTruth } from './types.ts';

const review = (gt: GroundTruth, changes: Change[]): GroundTruth => {
  const r = applyChanges(gt, gt.revision, changes, WHO, AT);
  if (r.kind !== 'applied') throw new Error(JSON.stringify(r));
  return r.groundTruth;
};
const summary = (gt: GroundTruth, page = 0) =>
  gt.images[page].fields.map((f) => `${f.id}:${f.inferText}:${f.review}`);

// One line: "helo" at 0, "world" at 100, "again" at 200 (80 × 20 each).
const first = run([
  [
    { text: 'helo', x: 0, y: 0 },
    { text: 'world', x: 100, y: 0 },
    { text: 'again', x: 200, y: 0, lineBreak: true },
  ],
]);

describe('matchToRun', () => {
  it('keeps corrected, accepted and illegible words on the new boxes; unreviewed ones take the new text', () => {
    const gt = review(fromRun(first), [
      { op: 'edit', id: 'p0.w0', text: 'hello' },
      { op: 'accept', id: 'p0.w1' },
    ]);
    const second = run([
      [
        { text: 'hallo', x: 2, y: 1, conf: 0.5 },
        { text: 'word', x: 101, y: 0 },
        { text: 'agian', x: 199, y: 2, lineBreak: true },
      ],
    ]);
    const { groundTruth: out, report } = matchToRun(gt, second);
    expect(out.revision).toBe(gt.revision + 1);
    expect(summary(out)).toEqual(['p0.w0:hello:corrected', 'p0.w1:world:accepted', 'p0.w2:agian:unreviewed']);
    // The box and confidence are the new run's.
    expect(out.images[0].fields[0]).toMatchObject({
      inferConfidence: 0.5,
      boundingPoly: { vertices: rect(2, 1, 80, 20) },
    });
    expect(report).toEqual({ carried: 2, kept: 0, fresh: 1, dropped: 0 });
  });

  it('matches a run made at another page size', () => {
    const gt = review(fromRun(first), [{ op: 'edit', id: 'p0.w1', text: 'World' }]);
    const big = OcrResponseSchema.parse(
      response([image(0, [{ text: 'wor1d', x: 200, y: 0, w: 160, h: 40 }], { width: 2000, height: 2000 })]),
    );
    expect(summary(matchToRun(gt, big).groundTruth)).toEqual(['p0.w1:World:corrected']);
  });

  it('keeps a corrected word that the new run split in two as one word over both pieces', () => {
    const gt = review(fromRun(first), [{ op: 'edit', id: 'p0.w1', text: 'world' }]);
    const second = run([
      [
        { text: 'helo', x: 0, y: 0 },
        { text: 'wo', x: 100, y: 0, w: 35 },
        { text: 'rld', x: 140, y: 0, w: 40 },
        { text: 'again', x: 200, y: 0, lineBreak: true },
      ],
    ]);
    const out = matchToRun(gt, second).groundTruth;
    expect(summary(out)).toEqual(['p0.w0:helo:unreviewed', 'p0.w1:world:accepted', 'p0.w2:again:unreviewed']);
    expect(out.images[0].fields[1].boundingPoly.vertices).toEqual(rect(100, 0, 80, 20));
  });

  it('takes both pieces of an unreviewed word the new run split', () => {
    const second = run([
      [
        { text: 'wo', x: 100, y: 0, w: 35 },
        { text: 'rld', x: 140, y: 0, w: 40 },
      ],
    ]);
    expect(summary(matchToRun(fromRun(first), second).groundTruth)).toEqual([
      'p0.w1:wo:unreviewed',
      'r1.0:rld:unreviewed',
    ]);
  });

  it('joins two reviewed words the new run read as one', () => {
    const gt = review(fromRun(first), [
      { op: 'accept', id: 'p0.w0' },
      { op: 'edit', id: 'p0.w1', text: 'World' },
    ]);
    const second = run([
      [
        { text: 'heloworld', x: 0, y: 0, w: 180 },
        { text: 'again', x: 200, y: 0, lineBreak: true },
      ],
    ]);
    const out = matchToRun(gt, second).groundTruth;
    expect(summary(out)).toEqual(['p0.w0:helo World:corrected', 'p0.w2:again:unreviewed']);
    expect(out.images[0].fields[0].boundingPoly.vertices).toEqual(rect(0, 0, 180, 20));
  });

  it('keeps added and deleted words, and reviewed words the new run missed, in reading order', () => {
    const gt = review(fromRun(first), [
      { op: 'add', page: 0, boundingPoly: bp(rect(300, 0, 50, 20)), text: 'tail' },
      { op: 'delete', id: 'p0.w2' },
      { op: 'illegible', id: 'p0.w1' },
    ]);
    // The new run finds only the first word, plus a new one on a line below.
    const second = run([
      [
        { text: 'helo', x: 0, y: 0, lineBreak: true },
        { text: 'below', x: 0, y: 100, lineBreak: true },
      ],
    ]);
    const { groundTruth: out, report } = matchToRun(gt, second);
    expect(summary(out)).toEqual([
      'p0.w0:helo:unreviewed',
      'p0.w1:world:illegible',
      'p0.w2:again:deleted',
      'r1.0:tail:added',
      'r2.0:below:unreviewed',
    ]);
    // The kept words join the first line, which now ends at the added word.
    expect(out.images[0].fields.map((f) => f.lineBreak)).toEqual([false, false, false, true, true]);
    expect(report).toEqual({ carried: 0, kept: 3, fresh: 2, dropped: 0 });
  });

  it('keeps a deleted word deleted when the new run detects it again, and an added one added', () => {
    const gt = review(fromRun(first), [
      { op: 'delete', id: 'p0.w0' },
      { op: 'add', page: 0, boundingPoly: bp(rect(300, 0, 50, 20)), text: 'tail' },
    ]);
    const second = run([
      [
        { text: 'helo', x: 0, y: 0 },
        { text: 'ta1l', x: 302, y: 0, w: 48, lineBreak: true },
      ],
    ]);
    expect(summary(matchToRun(gt, second).groundTruth)).toEqual(['p0.w0:helo:deleted', 'r1.0:tail:added']);
  });

  it('drops unreviewed words the new run does not have and gives unmatched new words fresh ids', () => {
    const second = run([[{ text: 'other', x: 500, y: 500, lineBreak: true }]]);
    const { groundTruth: out, report } = matchToRun(fromRun(first), second);
    expect(summary(out)).toEqual(['r1.0:other:unreviewed']);
    expect(report).toEqual({ carried: 0, kept: 0, fresh: 1, dropped: 3 });
    const ids = out.images.flatMap((i) => i.fields.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(fixtureNames())(
    'carries every review over a re-run of a real response, shifted by a few pixels (%s)',
    (name) => {
      const response = OcrResponseSchema.parse(loadFixture(name));
      const fields = response.images.flatMap((i) => i.fields ?? []);
      const gt = review(
        fromRun(response),
        fields.map((_, k): Change =>
          k % 3 === 0 ? { op: 'edit', id: `p0.w${k}`, text: `fix${k}` } : { op: 'accept', id: `p0.w${k}` },
        ),
      );
      const shifted = structuredClone(response);
      for (const f of shifted.images.flatMap((i) => i.fields ?? [])) {
        f.boundingPoly.vertices = f.boundingPoly.vertices.map((v) => ({ x: v.x + 1.5, y: v.y - 1 }));
        f.inferText = `${f.inferText}?`;
      }
      const { groundTruth: out, report } = matchToRun(gt, shifted);
      expect(report).toEqual({ carried: fields.length, kept: 0, fresh: 0, dropped: 0 });
      const before = new Map(gt.images.flatMap((i) => i.fields).map((f) => [f.id, [f.inferText, f.review]]));
      for (const f of out.images.flatMap((i) => i.fields))
        expect([f.inferText, f.review]).toEqual(before.get(f.id));
    },
  );
});
