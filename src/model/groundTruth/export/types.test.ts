import { describe, expect, it } from 'vitest';
import { imageName, oneLine, stem } from './types.ts';

describe('export naming and text helpers', () => {
  it('names page images from the base name unless given', () => {
    expect(imageName({ baseName: 'doc' }, 0)).toBe('doc_p1.png');
    expect(imageName({ baseName: 'doc', imageNames: [undefined, 'b.jpg'] }, 1)).toBe('b.jpg');
    expect(stem('a.b/scan_p1.png')).toBe('a.b/scan_p1');
    expect(stem('noext')).toBe('noext');
  });

  it('puts any text on one line', () => {
    expect(oneLine(' a\tb\n\rc\u0000d\uD800 ')).toBe('a b c d\uFFFD');
  });
});
