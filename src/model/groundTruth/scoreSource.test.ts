import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document/document.ts';
import { scoreDocument } from '../review/score.ts';
import { applyChanges } from './applyChanges.ts';
import { AT, WHO, gtOf } from './gt.testutil.ts';
import { liveView } from './liveView.ts';
import { scoreSource, scoreSourceLabel, usableGroundTruth } from './scoreSource.ts';

const run = gtOf([['the', 'cat', 'sat']], [['on', 'mat']]);
const reviewed = (() => {
  const r = applyChanges(
    run,
    0,
    [
      { op: 'edit', id: 'p0.w1', text: 'dog' },
      { op: 'accept', id: 'p0.w0' },
    ],
    WHO,
    AT,
  );
  if (r.kind !== 'applied') throw new Error(r.kind);
  return r.groundTruth;
})();

describe('scoreSource', () => {
  it('ignores a ground truth nobody reviewed (it is the run itself) and uses the pasted text', () => {
    expect(usableGroundTruth(run, null)).toBe(false);
    const s = scoreSource({ groundTruth: run, truthText: null, pasted: ['the cat'], choice: 'groundTruth' });
    expect(s).toEqual({ kind: 'pasted', expected: ['the cat'] });
    expect(scoreSource({ groundTruth: run, truthText: null, pasted: [], choice: 'groundTruth' })).toEqual({
      kind: 'none',
    });
  });

  it('scores against reviewed words, with revision and progress', () => {
    const s = scoreSource({
      groundTruth: reviewed,
      truthText: null,
      pasted: ['pasted'],
      choice: 'groundTruth',
    });
    expect(s).toMatchObject({ kind: 'groundTruth', revision: 1, reviewed: 2, total: 5, textOnly: false });
    if (s.kind !== 'groundTruth') throw new Error();
    expect(s.expected).toEqual(['the dog sat', 'on mat']);
    expect(scoreSourceLabel(s)).toBe('against ground truth (revision 1, 2 of 5 words reviewed)');
  });

  it("does not take the boxes' own text (what GET text answers before any PUT) for a given text", () => {
    expect(usableGroundTruth(run, 'the cat sat\fon mat')).toBe(false);
    expect(usableGroundTruth(run, 'the cat sat\fon mat!')).toBe(true);
    expect(usableGroundTruth(null, 'only text, no run')).toBe(true);
    expect(usableGroundTruth(null, '  ')).toBe(false);
  });

  it('lets the user score against pasted text even when there is a ground truth', () => {
    const s = scoreSource({ groundTruth: reviewed, truthText: null, pasted: ['x'], choice: 'pasted' });
    expect(s.kind).toBe('pasted');
    expect(scoreSourceLabel(s)).toBe('against the pasted text');
  });

  it('uses a truth given as text only, normalised, pages by form feed', () => {
    const s = scoreSource({
      groundTruth: { ...run, revision: 3 },
      truthText: 'the  dog sat\fon a mat ',
      pasted: [],
      choice: 'groundTruth',
    });
    expect(s).toMatchObject({
      kind: 'groundTruth',
      textOnly: true,
      revision: 3,
      expected: ['the dog sat', 'on a mat'],
    });
    expect(scoreSourceLabel(s)).toContain('text given');
  });

  it('gives the ground truth CER 0 against itself, and the run its true CER', () => {
    const s = scoreSource({ groundTruth: reviewed, truthText: null, pasted: [], choice: 'groundTruth' });
    if (s.kind !== 'groundTruth') throw new Error();
    expect(scoreDocument(liveView(reviewed).doc, s.expected).cer).toBe(0);
    const runScore = scoreDocument(buildDocument(run), s.expected);
    // "cat" for "dog": 3 of the 15 expected characters (whitespace not counted).
    expect(runScore.charErrors).toBe(3);
    expect(runScore.cer).toBeGreaterThan(0);
  });
});
