import { describe, expect, it } from 'vitest';
import { compareDocuments, diffLookup } from './diff.ts';
import { buildDocument } from '../document/document.ts';
import { loadFixture } from '../fixtures.testutil.ts';
import { image, response } from '../responses.testutil.ts';

interface Field {
  inferText: string;
  inferConfidence: number;
  boundingPoly: { vertices: { x: number; y: number }[] };
}

/**
 * A second "run" of a fixture: 3 texts changed, 4 confidences moved by 0.1, 2 fields dropped
 * and 1 added far from the rest. Returns the run and the field indexes touched.
 */
function mutate(json: unknown) {
  const copy = structuredClone(json) as { images: { fields: Field[] }[] };
  const fields = copy.images[0].fields;
  const changed = [1, 5, 9];
  const moved = [2, 6, 10, 14];
  const dropped = [20, 21];
  for (const k of changed) fields[k].inferText += 'X';
  for (const k of moved) {
    const c = fields[k].inferConfidence;
    fields[k].inferConfidence = c > 0.5 ? c - 0.1 : c + 0.1;
  }
  const added: Field = {
    ...fields[0],
    inferText: 'NEW',
    boundingPoly: {
      vertices: [
        { x: -500, y: -500 },
        { x: -400, y: -500 },
        { x: -400, y: -480 },
        { x: -500, y: -480 },
      ],
    },
  };
  copy.images[0].fields = [...fields.filter((_, k) => !dropped.includes(k)), added];
  return { copy, changed, moved, dropped };
}

describe('compareDocuments', () => {
  it('a run compared with itself is all same', () => {
    const doc = buildDocument(loadFixture('receipt-kingmart.v2.json'));
    const r = compareDocuments(doc, doc);
    expect(r.counts).toEqual({ same: doc.words.length, changed: 0, confidence: 0, missing: 0, extra: 0 });
    expect(r.pairs.every((p) => p.aId === p.bId)).toBe(true);
  });

  for (const name of ['receipt-kingmart.v2.json', 'table-kbo.v2.json', 'table-weekly-menu.v2.json']) {
    it(`finds exactly the mutations of ${name}`, () => {
      const json = loadFixture(name);
      const { copy, changed, moved, dropped } = mutate(json);
      const a = buildDocument(json);
      const b = buildDocument(copy);
      const r = compareDocuments(a, b);
      const n = a.words.length;
      expect(r.counts).toEqual({
        same: n - 3 - 4 - 2,
        changed: 3,
        confidence: 4,
        missing: 2,
        extra: 1,
      });
      const fieldOf = (id: number) => a.words[id].fieldIndex;
      const kindByField = (kind: string) =>
        r.pairs
          .filter((p) => p.kind === kind)
          .map((p) => fieldOf(p.aId))
          .sort((x, y) => x - y);
      expect(kindByField('changed')).toEqual(changed);
      expect(kindByField('confidence')).toEqual(moved);
      expect(r.missing.map(fieldOf).sort((x, y) => x - y)).toEqual(dropped);
      expect(r.extra.map((id) => b.words[id].text)).toEqual(['NEW']);
      for (const p of r.pairs.filter((q) => q.kind === 'confidence')) {
        expect(Math.abs(p.confidenceDelta)).toBeCloseTo(0.1, 9);
      }
      expect(r.pages).toEqual([{ pageIndex: 0, counts: r.counts }]);
    });
  }

  it('pairs words of runs whose response spaces differ in size', () => {
    const fields = [
      { text: 'left', x: 10, y: 10 },
      { text: 'right', x: 200, y: 10 },
    ];
    const a = buildDocument(response([image(0, fields)]));
    const doubled = fields.map((f) => ({ ...f, x: f.x * 2, y: f.y * 2, w: 160, h: 40 }));
    const b = buildDocument(response([image(0, doubled, { width: 2000, height: 2000 })]));
    expect(compareDocuments(a, b).counts).toMatchObject({ same: 2, missing: 0, extra: 0 });
  });

  it('prefers the same text among near-equal overlaps', () => {
    // Run B's two candidate boxes overlap run A's word almost equally; the text decides.
    const a = buildDocument(response([image(0, [{ text: '합계', x: 0, y: 0, w: 100 }])]));
    const b = buildDocument(
      response([
        image(0, [
          { text: '함게', x: 0, y: 0, w: 98 },
          { text: '합계', x: 2, y: 0, w: 98 },
        ]),
      ]),
    );
    const r = compareDocuments(a, b);
    expect(r.pairs.map((p) => [b.words[p.bId].text, p.kind])).toEqual([['합계', 'same']]);
    expect(r.extra.map((id) => b.words[id].text)).toEqual(['함게']);
  });

  it('counts pages only one run has as missing or extra, per page', () => {
    const a = buildDocument(
      response([image(0, [{ text: 'a', x: 0, y: 0 }]), image(1, [{ text: 'b', x: 0, y: 0 }])]),
    );
    const b = buildDocument(
      response([image(0, [{ text: 'a', x: 0, y: 0 }]), image(2, [{ text: 'c', x: 0, y: 0 }])]),
    );
    const r = compareDocuments(a, b);
    expect(r.pages.map((p) => [p.pageIndex, p.counts.same, p.counts.missing, p.counts.extra])).toEqual([
      [0, 1, 0, 0],
      [1, 0, 1, 0],
      [2, 0, 0, 1],
    ]);
  });

  it('diffLookup gives kinds and partners for both views', () => {
    const json = loadFixture('table-kbo.v2.json');
    const { copy } = mutate(json);
    const a = buildDocument(json);
    const b = buildDocument(copy);
    const r = compareDocuments(a, b);
    const l = diffLookup(r);
    expect(l.kindA.size).toBe(a.words.length);
    expect(l.kindB.size).toBe(b.words.length);
    const p = r.pairs[0];
    expect(l.partnerOfA.get(p.aId)).toBe(p.bId);
    expect(l.partnerOfB.get(p.bId)).toBe(p.aId);
    expect(l.kindB.get(r.extra[0])).toBe('extra');
  });

  it('reports table differences per page', () => {
    const json = loadFixture('table-kbo.v2.json');
    const copy = structuredClone(json);
    const cells = copy.images[0].tables[0].cells;
    cells[0].cellTextLines[0].cellWords[0].inferText = '구분';
    cells[5].cellTextLines[0].cellWords[0].inferText += '!';
    const a = buildDocument(json);
    const b = buildDocument(copy);
    const r = compareDocuments(a, b);
    expect(r.tables).toEqual([
      {
        pageIndex: 0,
        a: { tables: 1, cells: 16 },
        b: { tables: 1, cells: 16 },
        cellTextChanges: 2,
        changedCells: [
          { aCellId: 0, bCellId: 0 },
          { aCellId: 5, bCellId: 5 },
        ],
      },
    ]);
    // Tables off in run B: every non-empty cell of run A's table is a change.
    const noTables = buildDocument({ ...json, images: [{ ...json.images[0], tables: undefined }] });
    const off = compareDocuments(a, noTables).tables[0];
    expect(off.b).toEqual({ tables: 0, cells: 0 });
    expect(off.cellTextChanges).toBe(a.cells.filter((c) => c.text.length > 0).length);
    expect(compareDocuments(a, a).tables[0].cellTextChanges).toBe(0);
  });
});
