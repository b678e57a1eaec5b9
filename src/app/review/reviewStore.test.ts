import { beforeEach, describe, expect, it } from 'vitest';
import { useReview } from './reviewStore.ts';

const initial = useReview.getState();
beforeEach(() => useReview.setState(initial, true));

describe('review store', () => {
  it('a new query starts at the first match', () => {
    useReview.getState().setMatchIndex(4);
    useReview.getState().setQuery('mart');
    expect(useReview.getState().matchIndex).toBe(0);
    expect(useReview.getState().query).toBe('mart');
  });

  it('closing the search forgets the query', () => {
    useReview.getState().openSearch();
    useReview.getState().setQuery('x');
    useReview.getState().closeSearch();
    expect(useReview.getState()).toMatchObject({ searchOpen: false, query: '' });
  });

  it('an empty truth unscores its page and leaves the others alone', () => {
    const s = useReview.getState();
    s.setPageTruth(0, 'a');
    s.setPageTruth(2, 'c');
    s.setPageTruth(0, '');
    expect(useReview.getState().truth[0]).toBeUndefined();
    expect(useReview.getState().truth[2]).toBe('c');
  });

  it('a triage threshold leaves the filter off until it is turned on, then the filter follows it', () => {
    const s = useReview.getState();
    s.setTriageBelow(0.9);
    expect(useReview.getState().filterBelow).toBeNull();
    s.setFilterBelow(useReview.getState().triageBelow);
    expect(useReview.getState().filterBelow).toBe(0.9);
    s.setTriageBelow(0.7);
    expect(useReview.getState().filterBelow).toBe(0.7);
    s.setFilterBelow(null);
    expect(useReview.getState().triageBelow).toBe(0.7);
  });

  it('a new document drops the truth but keeps the filter', () => {
    const s = useReview.getState();
    s.setFilterBelow(0.5);
    s.setTruth(['a']);
    s.resetForDocument();
    expect(useReview.getState().truth).toEqual([]);
    expect(useReview.getState().filterBelow).toBe(0.5);
  });
});
