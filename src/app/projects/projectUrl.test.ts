import { describe, expect, it } from 'vitest';
import { readProjectParams, withProjectParams } from './projectUrl.ts';

describe('project links', () => {
  it('reads ?doc=, &run=, &project= and ?projects, refusing ids that are not ids', () => {
    expect(readProjectParams('?doc=d_1&run=r-2&project=p3')).toEqual({
      doc: 'd_1',
      run: 'r-2',
      project: 'p3',
      list: false,
    });
    expect(readProjectParams('?projects&doc=../../etc')).toEqual({
      doc: null,
      run: null,
      project: null,
      list: true,
    });
  });

  it('sets and removes its parameters, keeping the others (a sample, the view)', () => {
    expect(withProjectParams('?sample=ja-page', { doc: 'd1', run: 'r1' })).toBe(
      '?sample=ja-page&doc=d1&run=r1',
    );
    expect(withProjectParams('?doc=d1&run=r1&z=2', { doc: null, run: null })).toBe('?z=2');
    expect(withProjectParams('', { list: true, project: 'p' })).toBe('?project=p&projects');
    expect(withProjectParams('?projects&project=p', { list: false })).toBe('?project=p');
    expect(withProjectParams('?doc=d1', {})).toBe('?doc=d1');
  });
});
