import { describe, expect, it } from 'vitest';
import { buildDocument } from '../index.ts';
import { syntheticResponse } from '../../../bench/synthetic.ts';
import { firstPageOnly, SPLIT_MIN_FIELDS } from './firstPageFirst.ts';

describe('firstPageOnly', () => {
  const big = syntheticResponse({ pages: 3, fieldsPerPage: 2000, tableRows: 10, tableCols: 5 });

  it('gives exactly the full model page 0: same words, lines, paragraphs, tables, cells and ids', () => {
    const full = buildDocument(big);
    const part = buildDocument(firstPageOnly(big));
    const p0 = full.pages[0];
    expect(part.pages).toHaveLength(1);
    expect(part.pages[0]).toEqual(p0);
    expect(part.words).toEqual(full.words.slice(0, part.words.length));
    expect(part.words.length).toBe(p0.wordIds.length);
    expect(part.lines).toEqual(full.lines.slice(0, part.lines.length));
    expect(part.paragraphs).toEqual(full.paragraphs.slice(0, part.paragraphs.length));
    expect(part.tables).toEqual(full.tables.slice(0, part.tables.length));
    expect(part.cells).toEqual(full.cells.slice(0, part.cells.length));
  });

  it('leaves small, single-page and reordered responses to be built at once', () => {
    const small = syntheticResponse({ pages: 2, fieldsPerPage: 100, tableRows: 2, tableCols: 2 });
    expect(firstPageOnly(small)).toBeNull();
    expect(firstPageOnly({ images: [big.images[0]] })).toBeNull();
    const moved = {
      ...big,
      images: [
        { ...big.images[0], convertedImageInfo: { ...big.images[0].convertedImageInfo, pageIndex: 2 } },
        ...big.images.slice(1),
      ],
    };
    expect(firstPageOnly(moved)).toBeNull();
    expect(firstPageOnly('nope')).toBeNull();
    expect(SPLIT_MIN_FIELDS).toBeGreaterThan(1000);
  });
});
