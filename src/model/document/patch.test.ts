import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './document.ts';
import { patchDocument, sameBoxes } from './patch.ts';
import { fixtureNames, loadFixture } from '../fixtures.testutil.ts';
import { image, response, rows } from '../responses.testutil.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of `res` with the texts of some fields replaced, sharing every other object (as an edit does). */
function withTexts(res: Json, texts: Map<string, string>): Json {
  return {
    ...res,
    images: res.images.map((im: Json, i: number) =>
      im.fields?.some((_: unknown, k: number) => texts.has(`${i}:${k}`))
        ? {
            ...im,
            fields: im.fields.map((f: Json, k: number) =>
              texts.has(`${i}:${k}`) ? { ...f, inferText: texts.get(`${i}:${k}`) } : f,
            ),
          }
        : im,
    ),
  };
}

const page = () =>
  response([
    image(
      0,
      rows([
        ['가나', 'ab', 'de'],
        ['xyz', 'q'],
      ]),
    ),
    image(1, rows([['one', 'two'], ['three']])),
  ]) as Json;

describe('patchDocument', () => {
  it('a text edit: equals the full build, and shares all it did not change', () => {
    const before = page();
    const prev = buildDocument(before);
    const after = withTexts(
      before,
      new Map([
        ['0:1', 'AB'],
        ['1:2', '셋'],
      ]),
    );
    const patched = patchDocument(before, prev, after);
    expect(patched).not.toBeNull();
    expect(patched).toEqual(buildDocument(after));
    expect(patched!.pages).toBe(prev.pages);
    expect(patched!.tables).toBe(prev.tables);
    expect(patched!.words[0]).toBe(prev.words[0]);
    expect(patched!.words[1]).not.toBe(prev.words[1]);
    expect(patched!.lines[1]).toBe(prev.lines[1]);
    expect(sameBoxes(prev, patched!)).toBe(true);
  });

  it('nothing the model reads changed (an accept, a revision): the same model', () => {
    const before = page();
    const prev = buildDocument(before);
    const after = {
      ...before,
      revision: 3,
      images: before.images.map((im: Json) => ({
        ...im,
        fields: im.fields.map((f: Json) => ({ ...f, review: 'accepted' })),
      })),
    };
    expect(patchDocument(before, prev, after)).toBe(prev);
    expect(patchDocument(before, prev, before)).toBe(prev);
  });

  it('anything but text: null, for a full build', () => {
    const before = page();
    const prev = buildDocument(before);
    const changeField = (patch: Json) => ({
      ...before,
      images: [
        {
          ...before.images[0],
          fields: [{ ...before.images[0].fields[0], ...patch }, ...before.images[0].fields.slice(1)],
        },
        before.images[1],
      ],
    });
    expect(patchDocument(before, prev, changeField({ boundingPoly: { vertices: [] } }))).toBeNull();
    expect(patchDocument(before, prev, changeField({ inferConfidence: 0.5 }))).toBeNull();
    expect(patchDocument(before, prev, changeField({ lineBreak: true }))).toBeNull();
    expect(patchDocument(before, prev, changeField({ type: 'X' }))).toBeNull();
    expect(patchDocument(before, prev, changeField({ inferText: 7 }))).toBeNull();
    expect(patchDocument(before, prev, { ...before, version: 'V1' })).toBeNull();
    expect(patchDocument(before, prev, { ...before, images: before.images.slice(0, 1) })).toBeNull();
    const shorter = {
      ...before,
      images: [{ ...before.images[0], fields: before.images[0].fields.slice(1) }, before.images[1]],
    };
    expect(patchDocument(before, prev, shorter)).toBeNull();
    const moved = {
      ...before,
      images: [{ ...before.images[0], convertedImageInfo: { width: 5, height: 5 } }, before.images[1]],
    };
    expect(patchDocument(before, prev, moved)).toBeNull();
    expect(patchDocument(before, prev, null)).toBeNull();
    expect(sameBoxes(prev, buildDocument(before))).toBe(false);
  });

  for (const name of fixtureNames()) {
    it(`${name}: any set of text edits patches to the full build`, () => {
      const json = loadFixture(name) as Json;
      const prev = buildDocument(json);
      const sizes: number[] = json.images.map((im: Json) => im.fields?.length ?? 0);
      const slot = fc
        .integer({ min: 0, max: sizes.length - 1 })
        .chain((i) =>
          fc.tuple(
            fc.constant(i),
            fc.nat(Math.max(0, sizes[i] - 1)),
            fc.string({ minLength: 1, maxLength: 5 }),
          ),
        );
      fc.assert(
        fc.property(fc.array(slot, { maxLength: 8 }), (drawn) => {
          const texts = new Map(drawn.filter(([i]) => sizes[i] > 0).map(([i, k, t]) => [`${i}:${k}`, t]));
          const after = withTexts(json, texts);
          const patched = patchDocument(json, prev, after);
          expect(patched).not.toBeNull();
          expect(patched).toEqual(buildDocument(after));
        }),
        { numRuns: 30 },
      );
    });
  }
});
