import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDocument } from './document.ts';
import { fixtureNames, loadFixture } from '../fixtures.testutil.ts';
import { expectConsistent } from '../modelInvariants.testutil.ts';
import { jsonPaths as paths, vertices } from '../jsonMutation.testutil.ts';

/** Replacement values that real-world breakage produces. */
const junk = fc.constantFrom<unknown>(
  Number.NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  1e15,
  -5,
  2.5,
  0,
  '',
  '<script>alert(1)</script>',
  null,
  true,
  'text',
  [],
  {},
  [1, 2, 3],
  { vertices: [] },
  { vertices: vertices(3) },
  { vertices: vertices(10) },
  vertices(4),
);

const mutation = fc.record({ at: fc.nat(), op: fc.constantFrom('delete', 'set'), value: junk });

/** Applies each mutation at a path of the original; paths a previous mutation removed are skipped. */
function mutate(json: unknown, muts: { at: number; op: string; value: unknown }[]): unknown {
  const copy = structuredClone(json);
  const all = paths(copy);
  for (const m of muts) {
    const path = all[m.at % all.length];
    let parent: unknown = copy;
    for (const k of path.slice(0, -1))
      parent = parent && typeof parent === 'object' ? (parent as never)[k] : undefined;
    if (!parent || typeof parent !== 'object') continue;
    const key = path[path.length - 1];
    const target = parent as Record<string | number, unknown>;
    if (m.op === 'delete' && !Array.isArray(target)) delete target[key];
    else target[key] = structuredClone(m.value);
  }
  return copy;
}

const fixtures = fixtureNames().map((n) => loadFixture(n));

describe('buildDocument is lenient', () => {
  it('never throws on arbitrary values and returns a consistent model', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (x) => {
        const doc = buildDocument(x);
        expectConsistent(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated real responses, keeps a consistent model and explains drops', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: fixtures.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (which, muts) => {
          const raw = mutate(fixtures[which], muts) as { images?: { fields?: unknown[] }[] };
          const doc = buildDocument(raw);
          expectConsistent(doc);
          // Fields that did not become words are accounted for in the warnings.
          const fields = Array.isArray(raw?.images)
            ? raw.images.reduce((n, im) => n + (Array.isArray(im?.fields) ? im.fields.length : 0), 0)
            : 0;
          expect(doc.words.length).toBeLessThanOrEqual(fields);
          if (doc.words.length < fields) expect(doc.warnings.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('JSON-shaped garbage in the places of a response never throws', () => {
    const vertex = fc.record({ x: fc.oneof(fc.double(), fc.string()), y: fc.double() }, { requiredKeys: [] });
    const field = fc.record(
      {
        boundingPoly: fc.oneof(fc.record({ vertices: fc.array(vertex, { maxLength: 12 }) }), fc.anything()),
        inferText: fc.oneof(fc.string(), fc.anything()),
        inferConfidence: fc.oneof(fc.double(), fc.anything()),
        lineBreak: fc.oneof(fc.boolean(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    const image = fc.record(
      {
        inferResult: fc.constantFrom('SUCCESS', 'FAILURE', 'ERROR', 42),
        convertedImageInfo: fc.record(
          {
            width: fc.double(),
            height: fc.double(),
            pageIndex: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double()),
          },
          { requiredKeys: [] },
        ),
        fields: fc.oneof(fc.array(field, { maxLength: 30 }), fc.anything()),
        tables: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.record({ version: fc.anything(), images: fc.array(image, { maxLength: 4 }) }), (r) => {
        expectConsistent(buildDocument(r));
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildDocument salvages what is valid', () => {
  const base = () => structuredClone(loadFixture('receipt-kingmart.v2.json'));

  it('NaN or missing confidence becomes 0, out of range is clamped, with warnings', () => {
    const json = base();
    json.images[0].fields[0].inferConfidence = Number.NaN;
    delete json.images[0].fields[1].inferConfidence;
    json.images[0].fields[2].inferConfidence = 1.7;
    const doc = buildDocument(json);
    expect(doc.words.slice(0, 3).map((w) => w.confidence)).toEqual([0, 0, 1]);
    expect(doc.warnings).toHaveLength(3);
    expect(doc.warnings[0]).toMatch(/images\[0\]\.fields\[0\]\.inferConfidence/);
  });

  it('keeps 3 and 10 vertices as given, drops a field without any', () => {
    const json = base();
    json.images[0].fields[0].boundingPoly.vertices = vertices(3);
    json.images[0].fields[1].boundingPoly.vertices = vertices(10);
    json.images[0].fields[2].boundingPoly.vertices = [];
    const doc = buildDocument(json);
    expect(doc.words).toHaveLength(72);
    expect(doc.words[0].poly).toEqual(vertices(3));
    expect(doc.words[1].poly).toEqual(vertices(10));
    expect(doc.words[2].fieldIndex).toBe(3);
    expect(doc.warnings.join('\n')).toMatch(/fields\[2\]: no usable vertices/);
  });

  it('drops only the bad vertices: NaN, huge and non-numbers', () => {
    const json = base();
    const v = json.images[0].fields[0].boundingPoly.vertices;
    v[1].x = Number.NaN;
    v[2].y = 1e300;
    v.push({ x: '3', y: 4 });
    const doc = buildDocument(json);
    expect(doc.words[0].poly).toEqual([v[0], v[3]]);
    expect(doc.warnings).toEqual(['images[0].fields[0].boundingPoly: dropped 3 of 5 vertices']);
  });

  it('keeps markup in text verbatim (it is data; the viewer renders it as text)', () => {
    const json = base();
    json.images[0].fields[0].inferText = '<img src=x onerror=alert(1)><script>x()</script>';
    json.images[0].fields[1].inferText = '';
    const doc = buildDocument(json);
    expect(doc.words[0].text).toBe('<img src=x onerror=alert(1)><script>x()</script>');
    expect(doc.words[1].text).toBe('');
    expect(doc.warnings).toEqual([]);
  });

  it('non-array fields, images or tables are reported, not fatal', () => {
    const json = base();
    json.images[0].fields = { 0: 'x' };
    json.images[0].tables = 'none';
    const doc = buildDocument(json);
    expect(doc.pages).toHaveLength(1);
    expect(doc.words).toEqual([]);
    expect(doc.warnings).toEqual(['images[0].fields: not an array', 'images[0].tables: not an array']);
    expect(buildDocument({ images: 5 }).warnings).toContain('images: not an array');
    expect(buildDocument('nope').warnings).toEqual(['response: not a JSON object']);
  });

  it('keeps unusable page sizes out and says why', () => {
    const json = structuredClone(loadFixture('table-kbo.v2.json'));
    json.images[0].convertedImageInfo.width = -1;
    const doc = buildDocument(json);
    expect(doc.pages[0].sizeSource).toBe('extent');
    expect(doc.warnings.join()).toMatch(/convertedImageInfo: width\/height unusable/);
  });

  it('handles 10^5 fields and caps the warnings', () => {
    const fields = Array.from({ length: 100_000 }, (_, i) => ({
      boundingPoly: {
        vertices: i % 2 ? [] : vertices(4).map((p) => ({ x: p.x + (i % 50) * 40, y: p.y + i / 2 })),
      },
      inferText: `w${i}`,
      inferConfidence: 0.5,
    }));
    const doc = buildDocument({ version: 'V1', images: [{ inferResult: 'SUCCESS', fields }] });
    expect(doc.words).toHaveLength(50_000);
    expect(doc.warnings).toHaveLength(101);
    expect(doc.warnings.at(-1)).toBe('…and 49900 more warnings');
    expect(doc.lines.length).toBeGreaterThan(0);
  });
});
