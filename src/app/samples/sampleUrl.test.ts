import { describe, expect, it } from 'vitest';
import { sampleFromSearch, withSample } from './sampleUrl.ts';

describe('sample URL parameter', () => {
  it('reads a sample id and refuses odd ones', () => {
    expect(sampleFromSearch('?sample=ko-receipt&p=2')).toBe('ko-receipt');
    expect(sampleFromSearch('?p=2')).toBeNull();
    expect(sampleFromSearch('?sample=../etc')).toBeNull();
    expect(sampleFromSearch('?sample=')).toBeNull();
  });

  it('sets and removes the sample, keeping the other parameters in place', () => {
    expect(withSample('?p=2&z=1.5', 'ja-page')).toBe('?p=2&z=1.5&sample=ja-page');
    expect(withSample('?p=2&sample=ja-page', 'pdf-3-pages')).toBe('?p=2&sample=pdf-3-pages');
    expect(withSample('?sample=ja-page&p=2', null)).toBe('?p=2');
    expect(withSample('?sample=ja-page', null)).toBe('');
  });
});
