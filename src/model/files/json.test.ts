import { describe, expect, it } from 'vitest';
import { fixtureNames, loadFixture } from '../fixtures.testutil.ts';
import { isClovaResponse } from './json.ts';

describe('isClovaResponse', () => {
  it('recognises every real response', () => {
    for (const name of fixtureNames()) expect(isClovaResponse(loadFixture(name))).toBe(true);
  });

  it('recognises a bare failure and a response without the echo keys', () => {
    expect(isClovaResponse({ images: [{ inferResult: 'FAILURE', message: 'x' }] })).toBe(true);
    expect(isClovaResponse({ images: [{ fields: [] }] })).toBe(true);
  });

  it('refuses other JSON', () => {
    for (const x of [
      null,
      1,
      'x',
      [],
      {},
      { images: [] },
      { images: [1] },
      { images: [{}] },
      { code: '0011', message: 'x' },
    ]) {
      expect(isClovaResponse(x)).toBe(false);
    }
  });
});
