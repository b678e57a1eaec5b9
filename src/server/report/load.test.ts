import { describe, expect, it } from 'vitest';
import { fromRun } from '../../model/groundTruth/fromRun.ts';
import { responseOf } from '../../../test/support/store/reportData.ts';
import { chooseKeys, truthOf } from './load.ts';

describe('truthOf', () => {
  const body = JSON.stringify(fromRun(responseOf(['합계', '12,000'], [1, 1])));

  it('reads text first (as the ground-truth routes do), else the boxes; neither is no truth', () => {
    expect(truthOf({ body, truth_text: 'a b\fc' })).toEqual([
      { page: 0, text: 'a b', words: null },
      { page: 1, text: 'c', words: null },
    ]);
    const boxed = truthOf({ body, truth_text: null });
    expect(boxed?.[0].text).toBe('합계 12,000');
    expect(boxed?.[0].words?.[1].bounds).toEqual({ minX: 120, minY: 10, maxX: 220, maxY: 40 });
    expect(truthOf({ body: null, truth_text: null })).toBeNull();
    expect(truthOf({ body: '{not json', truth_text: null })).toBeNull();
  });
});

describe('chooseKeys', () => {
  it('gives all keys when none is asked, the asked ones once each in order, and names the known ones on a miss', () => {
    expect(chooseKeys([], ['a', 'b'])).toEqual(['a', 'b']);
    expect(chooseKeys(['b', 'a', 'b'], ['a', 'b'])).toEqual(['b', 'a']);
    expect(() => chooseKeys(['c'], ['a', 'b'])).toThrow(/"c".*a, b/);
    expect(() => chooseKeys(['c'], [])).toThrow(/none yet/);
  });
});
