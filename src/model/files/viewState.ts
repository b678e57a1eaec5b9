import { z } from '../../clova/zod.ts';
import { DEFAULT_SCALE_LIMITS } from '../geometry/coords.ts';
import type { View } from '../geometry/coords.ts';
import type { DocumentModel } from '../types.ts';
import { DEFAULT_THRESHOLDS } from '../confidence.ts';
import type { Thresholds } from '../confidence.ts';

/**
 * The shareable part of what the viewer shows, as it travels in a URL hash or query (and in a
 * session file): `page=2&zoom=1.5&x=-120&y=40&layers=words,tables&low=0.8&high=0.95&opacity=0.85
 * &sel=word:12&below=0.8`. Pages are numbered from 1 in the URL, as people count them.
 */
export const SELECTION_KINDS = ['word', 'line', 'paragraph', 'cell', 'table'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

export interface ViewLayers {
  words: boolean;
  lines: boolean;
  paragraphs: boolean;
  tables: boolean;
}

export interface ViewState {
  /** PageModel.index (0-based). */
  page: number;
  /** Pan and zoom; null = fit the page to the viewport. */
  view: View | null;
  layers: ViewLayers;
  thresholds: Thresholds;
  opacity: number;
  selection: { kind: SelectionKind; id: number } | null;
  /** Show only words with confidence below this; null = no filter. */
  filterBelow: number | null;
}

export const DEFAULT_VIEW_STATE: Readonly<ViewState> = Object.freeze({
  page: 0,
  view: null,
  layers: Object.freeze({ words: true, lines: false, paragraphs: false, tables: true }),
  thresholds: DEFAULT_THRESHOLDS,
  opacity: 0.85,
  selection: null,
  filterBelow: null,
});

/** How the viewer's view follows the viewport: refit on resize ('page', 'width'), or keep the user's zoom (null). */
export type FitMode = 'page' | 'width' | null;

/**
 * The same state as the viewer holds it: the view is always a transform, with the fit mode beside
 * it, and the doubtful filter is kept by the review workflow.
 */
export type ViewerState = Omit<ViewState, 'view' | 'filterBelow'> & { view: View; fitMode: FitMode };

/** The shareable view of the viewer's state; a fitted page travels as "no view" so it refits on open. */
export function viewStateOf(v: ViewerState, filterBelow: number | null): ViewState {
  return {
    page: v.page,
    view: v.fitMode ? null : { ...v.view },
    layers: { ...v.layers },
    thresholds: { ...v.thresholds },
    opacity: v.opacity,
    selection: v.selection ? { ...v.selection } : null,
    filterBelow,
  };
}

/** The viewer's state from a shared view (the inverse of viewStateOf, for a view fitted to the document). */
export function viewerPatchOf(v: ViewState): Partial<ViewerState> {
  return {
    page: v.page,
    ...(v.view ? { view: { ...v.view }, fitMode: null } : { fitMode: 'page' as const }),
    layers: { ...v.layers },
    thresholds: { ...v.thresholds },
    opacity: v.opacity,
    selection: v.selection ? { ...v.selection } : null,
  };
}

const LAYERS = ['words', 'lines', 'paragraphs', 'tables'] as const;
/** The keys this module owns in a URL; others (e.g. a sample name) are left alone. */
export const VIEW_KEYS = [
  'page',
  'zoom',
  'x',
  'y',
  'layers',
  'low',
  'high',
  'opacity',
  'sel',
  'below',
] as const;

// Precision kept in URLs: enough to restore the view, short enough to share.
const round = (v: number, digits: number): number => {
  const r = Number(v.toFixed(digits));
  return Object.is(r, -0) ? 0 : r;
};

const num = z.string().trim().min(1).pipe(z.coerce.number()).refine(Number.isFinite);
const unit = num.refine((v) => v >= 0 && v <= 1);
const optional = <T>(schema: z.ZodType<T>) => schema.optional().catch(undefined);

/** Every field parsed on its own: a bad value falls back to its default, never throws. */
const ParamsSchema = z.object({
  page: optional(num.pipe(z.number().int().min(1))),
  zoom: optional(num.refine((v) => v >= DEFAULT_SCALE_LIMITS.min && v <= DEFAULT_SCALE_LIMITS.max)),
  x: optional(num),
  y: optional(num),
  layers: optional(z.string()),
  low: optional(unit),
  high: optional(unit),
  opacity: optional(unit),
  sel: optional(z.string().regex(new RegExp(`^(${SELECTION_KINDS.join('|')}):\\d{1,9}$`))),
  below: optional(unit),
});

const paramsOf = (s: string): URLSearchParams => new URLSearchParams(s.replace(/^[#?]/, ''));

/** Whether a URL hash or query carries a view at all (else the viewer's defaults stand). */
export function hasViewKeys(s: string): boolean {
  const params = paramsOf(s);
  return VIEW_KEYS.some((k) => params.has(k));
}

/** Reads a view from a URL hash or query string (leading "#" or "?" allowed). Never throws. */
export function parseViewState(s: string): ViewState {
  const params = paramsOf(s);
  const raw: Record<string, string> = {};
  for (const k of VIEW_KEYS) {
    const v = params.get(k);
    if (v !== null) raw[k] = v;
  }
  const p = ParamsSchema.parse(raw);
  const d = DEFAULT_VIEW_STATE;
  let thresholds = { low: p.low ?? d.thresholds.low, high: p.high ?? d.thresholds.high };
  if (thresholds.low > thresholds.high) thresholds = { ...d.thresholds };
  let selection: ViewState['selection'] = null;
  if (p.sel) {
    const [kind, id] = p.sel.split(':');
    selection = { kind: kind as SelectionKind, id: Number(id) };
  }
  return {
    page: p.page !== undefined ? p.page - 1 : d.page,
    view: p.zoom !== undefined ? { scale: p.zoom, x: p.x ?? 0, y: p.y ?? 0 } : null,
    layers: p.layers !== undefined ? layersOf(p.layers) : { ...d.layers },
    thresholds,
    opacity: p.opacity ?? d.opacity,
    selection,
    filterBelow: p.below ?? null,
  };
}

function layersOf(list: string): ViewLayers {
  const on = new Set(list.split(',').map((s) => s.trim()));
  return {
    words: on.has('words'),
    lines: on.has('lines'),
    paragraphs: on.has('paragraphs'),
    tables: on.has('tables'),
  };
}

/** The view as URL parameters (no leading "#"), rounded to the precision URLs keep. */
export function serializeViewState(v: ViewState): string {
  return writeViewState(v, '');
}

/**
 * Writes the view into an existing hash or query string, keeping its other parameters (e.g.
 * `sample=receipt-ko`) and dropping stale view keys. Returns it without a leading "#"/"?".
 */
export function writeViewState(v: ViewState, existing: string): string {
  const params = paramsOf(existing);
  for (const k of VIEW_KEYS) params.delete(k);
  params.set('page', String(Math.max(0, Math.floor(v.page)) + 1));
  if (v.view) {
    params.set('zoom', String(round(v.view.scale, 4)));
    params.set('x', String(round(v.view.x, 1)));
    params.set('y', String(round(v.view.y, 1)));
  }
  params.set('layers', LAYERS.filter((l) => v.layers[l]).join(','));
  params.set('low', String(round(v.thresholds.low, 3)));
  params.set('high', String(round(v.thresholds.high, 3)));
  params.set('opacity', String(round(v.opacity, 3)));
  if (v.selection) params.set('sel', `${v.selection.kind}:${v.selection.id}`);
  if (v.filterBelow !== null) params.set('below', String(round(v.filterBelow, 3)));
  // URLSearchParams escapes "," and ":", which a query or hash may hold plain and reads better so.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/**
 * The view made valid for a document: a page it does not have becomes its first page (fitted,
 * nothing selected), and a selection that is not on the page is dropped.
 */
export function fitViewStateToDocument(v: ViewState, doc: DocumentModel): ViewState {
  const page = doc.pages.find((p) => p.index === v.page);
  if (!page) return { ...v, page: doc.pages[0]?.index ?? 0, view: null, selection: null };
  return v.selection && !onPage(doc, v.selection, page.index) ? { ...v, selection: null } : v;
}

function onPage(doc: DocumentModel, sel: NonNullable<ViewState['selection']>, pageIndex: number): boolean {
  const list = {
    word: doc.words,
    line: doc.lines,
    paragraph: doc.paragraphs,
    cell: doc.cells,
    table: doc.tables,
  }[sel.kind];
  return list[sel.id]?.pageIndex === pageIndex;
}
