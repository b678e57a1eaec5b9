import { describe, expect, it } from 'vitest';
import { indefiniteArticle } from './indefiniteArticle.ts';

describe('indefiniteArticle', () => {
  it.each([
    ['IPv4-mapped (::ffff:0:0/96)', 'an'],
    ['IPv4-compatible (::/96)', 'an'],
    ['IETF protocol assignments (192.0.0.0/24)', 'an'],
    ['unspecified (::)', 'an'],
    ['unique local (fc00::/7)', 'a'],
    ['loopback (127.0.0.0/8)', 'a'],
    ['NAT64 (64:ff9b::/96)', 'a'],
    ['6to4 (2002::/16)', 'a'],
    ['"this network" (0.0.0.0/8)', 'a'],
    ['private (10.0.0.0/8)', 'a'],
  ])('%s takes "%s"', (word, article) => {
    expect(indefiniteArticle(word)).toBe(article);
  });
});
