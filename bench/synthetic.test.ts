import { describe, expect, it } from 'vitest';
import { OcrResponseSchema } from '../src/clova/index.ts';
import { syntheticResponse } from './synthetic.ts';

describe('syntheticResponse', () => {
  const r = syntheticResponse();

  it('is a valid CLOVA V2 response of 10 pages x 2,000 fields', () => {
    expect(OcrResponseSchema.safeParse(r).success).toBe(true);
    expect(r.images).toHaveLength(10);
    expect(r.images.map((im) => im.fields!.length)).toEqual(Array(10).fill(2000));
    expect(r.images.map((im) => im.convertedImageInfo!.pageIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('has one 300-cell table on page 1 only, whose words are also fields', () => {
    const [first, ...rest] = r.images;
    expect(first.tables).toHaveLength(1);
    expect(first.tables![0].cells).toHaveLength(300);
    expect(rest.every((im) => im.tables!.length === 0)).toBe(true);
    const fieldKeys = new Set(first.fields!.map((f) => JSON.stringify([f.inferText, f.boundingPoly])));
    for (const cell of first.tables![0].cells)
      for (const w of cell.cellTextLines[0].cellWords)
        expect(fieldKeys.has(JSON.stringify([w.inferText, w.boundingPoly]))).toBe(true);
  });

  it('lists cells column by column, as CLOVA does', () => {
    const cols = r.images[0].tables![0].cells.map((c) => c.columnIndex);
    expect([...cols].sort((a, b) => a - b)).toEqual(cols);
  });

  it('keeps every box on its page, with 4 clockwise vertices', () => {
    const bad: string[] = [];
    for (const im of r.images) {
      const { width, height, pageIndex } = im.convertedImageInfo!;
      im.fields!.forEach((f, i) => {
        const v = f.boundingPoly.vertices;
        const inside = v.every((p) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height);
        // Shoelace sum > 0 means clockwise in y-down image coordinates.
        const area = v.reduce((s, p, k) => s + p.x * v[(k + 1) % 4].y - v[(k + 1) % 4].x * p.y, 0);
        if (v.length !== 4 || !inside || area <= 0) bad.push(`page ${pageIndex} field ${i}`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('spreads confidences over every colour band and ends lines with lineBreak', () => {
    const conf = r.images.flatMap((im) => im.fields!.map((f) => f.inferConfidence));
    expect(conf.some((c) => c < 0.8)).toBe(true);
    expect(conf.some((c) => c >= 0.8 && c < 0.95)).toBe(true);
    expect(conf.some((c) => c >= 0.95)).toBe(true);
    expect(r.images.every((im) => im.fields!.at(-1)!.lineBreak === true)).toBe(true);
    expect(r.images[1].fields!.filter((f) => f.lineBreak).length).toBe(80);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(JSON.stringify(syntheticResponse({ pages: 2, seed: 7 }))).toBe(
      JSON.stringify(syntheticResponse({ pages: 2, seed: 7 })),
    );
    expect(JSON.stringify(syntheticResponse({ pages: 2, seed: 8 }))).not.toBe(
      JSON.stringify(syntheticResponse({ pages: 2, seed: 7 })),
    );
  });
});
