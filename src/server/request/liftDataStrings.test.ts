import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { liftDataStrings } from './liftDataStrings.ts';

const restore = (
  value: unknown,
  body: Buffer,
  lifted: Map<string, { start: number; end: number }>,
): unknown =>
  JSON.parse(JSON.stringify(value), (_k, v) => {
    const range = typeof v === 'string' ? lifted.get(v) : undefined;
    return range ? body.toString('utf8', range.start, range.end) : v;
  });

describe('liftDataStrings', () => {
  it('lifts a long data value and leaves a body that parses to the same request', () => {
    const data = 'QUJD'.repeat(50);
    const body = Buffer.from(
      JSON.stringify(
        { version: 'V2', images: [{ format: 'png', name: 'a"b:', data }], data2: data },
        null,
        2,
      ),
    );
    const { text, lifted } = liftDataStrings(body, 100);
    expect(lifted.size).toBe(1);
    expect(text.length).toBeLessThan(body.length - 150);
    const parsed = JSON.parse(text);
    const range = lifted.get(parsed.images[0].data)!;
    expect(body.toString('latin1', range.start, range.end)).toBe(data);
    expect(parsed.data2).toBe(data);
  });

  it('leaves short values, values with escapes, keys and non-data values alone', () => {
    const long = 'A'.repeat(200);
    for (const doc of [
      { data: 'QUJD' },
      { data: `${long}\\/${long}` },
      { [long]: 'x', other: long },
      { list: [{ x: 'data' }, 'data', long] },
      { data: [long] },
    ]) {
      const body = Buffer.from(JSON.stringify(doc));
      const { text, lifted } = liftDataStrings(body, 100);
      expect(lifted.size).toBe(0);
      expect(text).toBe(body.toString('utf8'));
    }
  });

  it('never changes what a body means: lifted values restored give JSON.parse of the original', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: fc.constantFrom('A', 'b', '+', '/', '=', '"', '\\', ':', ' ', 'é', '\n') }),
        fc.integer(),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('data', 'images', 'name', 'da"ta', 'x'), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, fc.constantFrom(0, 2), (v, indent) => {
        const body = Buffer.from(JSON.stringify(v, null, indent));
        const { text, lifted } = liftDataStrings(body, 3);
        expect(restore(JSON.parse(text), body, lifted)).toEqual(JSON.parse(body.toString('utf8')));
      }),
      { numRuns: 500 },
    );
  });

  it('lets JSON.parse judge broken bodies', () => {
    for (const broken of ['{"data": "AAAA', '{"data" "AAAAAAAA"}', '{"data": "AAAAAAAA"', '"data":']) {
      const { text } = liftDataStrings(Buffer.from(broken), 3);
      expect(() => JSON.parse(text)).toThrow();
    }
  });
});
