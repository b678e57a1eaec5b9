import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document/document.ts';
import { loadFixture } from '../fixtures.testutil.ts';
import {
  DEFAULT_VIEW_STATE,
  fitViewStateToDocument,
  parseViewState,
  SELECTION_KINDS,
  serializeViewState,
  writeViewState,
} from './viewState.ts';
import type { ViewState } from './viewState.ts';

const full: ViewState = {
  page: 2,
  view: { scale: 1.5, x: -120.5, y: 40 },
  layers: { words: true, lines: false, paragraphs: true, tables: false },
  thresholds: { low: 0.7, high: 0.9 },
  opacity: 0.5,
  selection: { kind: 'cell', id: 12 },
  filterBelow: 0.75,
};

describe('viewState', () => {
  it('writes readable parameters, pages counted from 1', () => {
    expect(serializeViewState(full)).toBe(
      'page=3&zoom=1.5&x=-120.5&y=40&layers=words,paragraphs&low=0.7&high=0.9&opacity=0.5&sel=cell:12&below=0.75',
    );
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe(
      'page=1&layers=words,tables&low=0.8&high=0.95&opacity=0.85',
    );
  });

  it('round-trips, with or without a leading # or ?', () => {
    const s = serializeViewState(full);
    expect(parseViewState(s)).toEqual(full);
    expect(parseViewState(`#${s}`)).toEqual(full);
    expect(parseViewState(`?${s}`)).toEqual(full);
    expect(parseViewState(serializeViewState(DEFAULT_VIEW_STATE))).toEqual(DEFAULT_VIEW_STATE);
  });

  it('an empty string or garbage gives the defaults', () => {
    expect(parseViewState('')).toEqual(DEFAULT_VIEW_STATE);
    expect(parseViewState('#%%%&&==')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('replaces each bad value by its default and keeps the good ones', () => {
    const v = parseViewState(
      'page=0&zoom=1e9&x=abc&layers=lines,bogus&low=1.5&high=0.9&opacity=-1&sel=word:-3&below=NaN',
    );
    expect(v).toEqual({
      ...DEFAULT_VIEW_STATE,
      layers: { words: false, lines: true, paragraphs: false, tables: false },
      thresholds: { low: 0.8, high: 0.9 },
    });
    expect(parseViewState('page=2.5&sel=glyph:3').page).toBe(0);
    expect(parseViewState('sel=glyph:3').selection).toBeNull();
    // A zoom without x/y pans to the origin; x/y without a zoom mean nothing.
    expect(parseViewState('zoom=2').view).toEqual({ scale: 2, x: 0, y: 0 });
    expect(parseViewState('x=5&y=5').view).toBeNull();
    // Crossed thresholds fall back to the default pair.
    expect(parseViewState('low=0.9&high=0.5').thresholds).toEqual(DEFAULT_VIEW_STATE.thresholds);
    expect(parseViewState('layers=').layers).toEqual({
      words: false,
      lines: false,
      paragraphs: false,
      tables: false,
    });
  });

  it('never throws and always gives a well-formed view, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const v = parseViewState(s);
        expect(Number.isInteger(v.page) && v.page >= 0).toBe(true);
        expect(v.thresholds.low).toBeLessThanOrEqual(v.thresholds.high);
        expect(v.opacity >= 0 && v.opacity <= 1).toBe(true);
      }),
    );
  });

  it('parse ∘ serialize is the identity on values at URL precision', () => {
    const unit3 = fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000);
    const state = fc.record({
      page: fc.integer({ min: 0, max: 500 }),
      view: fc.option(
        fc.record({
          scale: fc.integer({ min: 500, max: 400000 }).map((k) => k / 10000),
          x: fc.integer({ min: -1e6, max: 1e6 }).map((k) => k / 10),
          y: fc.integer({ min: -1e6, max: 1e6 }).map((k) => k / 10),
        }),
      ),
      layers: fc.record({
        words: fc.boolean(),
        lines: fc.boolean(),
        paragraphs: fc.boolean(),
        tables: fc.boolean(),
      }),
      thresholds: fc.tuple(unit3, unit3).map(([p, q]) => ({ low: Math.min(p, q), high: Math.max(p, q) })),
      opacity: unit3,
      selection: fc.option(fc.record({ kind: fc.constantFrom(...SELECTION_KINDS), id: fc.nat(1e6) })),
      filterBelow: fc.option(unit3),
    });
    fc.assert(
      fc.property(state, (v) => {
        expect(parseViewState(serializeViewState(v))).toEqual(v);
      }),
    );
  });

  it('serialize ∘ parse ∘ serialize = serialize for any finite values (rounding is stable)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 40, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        (scale, x) => {
          const s = serializeViewState({ ...DEFAULT_VIEW_STATE, view: { scale, x, y: -x } });
          expect(serializeViewState(parseViewState(s))).toBe(s);
        },
      ),
    );
  });

  it('writeViewState keeps parameters it does not own and replaces stale view keys', () => {
    const out = writeViewState({ ...DEFAULT_VIEW_STATE, page: 1 }, '#sample=receipt-ko&page=9&sel=word:1');
    const params = new URLSearchParams(out);
    expect(params.get('sample')).toBe('receipt-ko');
    expect(params.get('page')).toBe('2');
    expect(params.has('sel')).toBe(false);
  });

  it('fits a view to a document: unknown pages and selections elsewhere are dropped', () => {
    const doc = buildDocument(loadFixture('table-kbo.v2.json'));
    const ok = { ...full, page: 0, selection: { kind: 'word' as const, id: 3 } };
    expect(fitViewStateToDocument(ok, doc)).toEqual(ok);
    expect(fitViewStateToDocument({ ...ok, selection: { kind: 'word', id: 999 } }, doc).selection).toBeNull();
    expect(fitViewStateToDocument({ ...ok, selection: { kind: 'cell', id: 15 } }, doc).selection).toEqual({
      kind: 'cell',
      id: 15,
    });
    const moved = fitViewStateToDocument({ ...ok, page: 4 }, doc);
    expect(moved).toMatchObject({ page: 0, view: null, selection: null });
  });
});
