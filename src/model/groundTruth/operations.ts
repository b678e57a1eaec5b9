import { polyOf, quadOf, splitQuad, toBoundingPoly, unionQuad } from './boxes.ts';
import type { Draft } from './draft.ts';
import { placeWord } from './placement.ts';
import type { Change, GtField, ReviewState } from './types.ts';

/** What one applied change did: the span of a page's fields it replaced, before and after. */
export interface Applied {
  image: number;
  index: number;
  before: GtField[];
  after: GtField[];
}

type Op<C extends Change['op']> = (d: Draft, c: Extract<Change, { op: C }>) => Applied | string;

// Text a reader could mistake for no word at all.
const blank = (s: string) => s.trim().length === 0;

/** Review after a text edit: an added word stays added; the OCR's own text re-typed is accepted. */
function editedReview(f: GtField, text: string): ReviewState {
  if (f.review === 'added') return 'added';
  if (text !== f.inferText || f.review === 'deleted' || f.review === 'illegible') return 'corrected';
  return f.review === 'unreviewed' ? 'accepted' : f.review;
}

function replaceOne(d: Draft, id: string, make: (f: GtField) => GtField | string): Applied | string {
  const at = d.locate(id);
  if (!at) return `no field with id ${JSON.stringify(id)}`;
  const next = make(at.field);
  if (typeof next === 'string') return next;
  d.splice(at.image, at.index, 1, [next]);
  return { image: at.image, index: at.index, before: [at.field], after: [next] };
}

const edit: Op<'edit'> = (d, c) =>
  replaceOne(d, c.id, (f) =>
    blank(c.text)
      ? 'empty text: delete the word instead'
      : { ...f, inferText: c.text, review: editedReview(f, c.text) },
  );

const accept: Op<'accept'> = (d, c) =>
  replaceOne(d, c.id, (f) => ({
    ...f,
    review: f.review === 'added' || f.review === 'corrected' ? f.review : 'accepted',
  }));

const illegible: Op<'illegible'> = (d, c) => replaceOne(d, c.id, (f) => ({ ...f, review: 'illegible' }));

const remove: Op<'delete'> = (d, c) => replaceOne(d, c.id, (f) => ({ ...f, review: 'deleted' }));

const usablePoly = (vs: { x: number; y: number }[]) =>
  vs.length >= 3 && vs.every((v) => Number.isFinite(v.x) && Number.isFinite(v.y));

const add: Op<'add'> = (d, c) => {
  const image = d.imageOfPage(c.page);
  if (image === undefined) return `no page ${c.page}`;
  if (blank(c.text)) return 'empty text';
  const poly = polyOf(c.boundingPoly);
  if (!usablePoly(poly)) return 'boundingPoly needs at least 3 finite vertices';
  const fields = d.fields(image);
  const place = placeWord(fields, poly);
  const word: GtField = {
    valueType: 'ALL',
    boundingPoly: toBoundingPoly(quadOf(poly)),
    inferText: c.text,
    inferConfidence: 1,
    ...(fields.some((f) => typeof f.type === 'string') ? { type: 'NORMAL' } : {}),
    ...(place.lineBreak === undefined ? {} : { lineBreak: place.lineBreak }),
    id: d.ids.next(),
    review: 'added',
  };
  const n = place.neighbour;
  if (!n) {
    d.splice(image, place.index, 0, [word]);
    return { image, index: place.index, before: [], after: [word] };
  }
  // The neighbour is right before the new word: replace both as one span.
  const old = fields[n.index];
  const changed = { ...old, lineBreak: n.lineBreak };
  d.splice(image, n.index, 1, [changed, word]);
  return { image, index: n.index, before: [old], after: [changed, word] };
};

const merge: Op<'merge'> = (d, c) => {
  if (new Set(c.ids).size !== c.ids.length) return 'merge: the same id twice';
  const found = c.ids.map((id) => d.locate(id));
  const missing = c.ids.find((_, k) => !found[k]);
  if (missing !== undefined) return `no field with id ${JSON.stringify(missing)}`;
  const parts = (found as NonNullable<(typeof found)[number]>[]).sort((a, b) => a.index - b.index);
  const image = parts[0].image;
  if (parts.some((p) => p.image !== image)) return 'merge: words on different pages';
  if (parts.some((p) => p.field.review === 'deleted')) return 'merge: a deleted word';
  const first = parts[0].index;
  const last = parts[parts.length - 1].index;
  const span = d.fields(image).slice(first, last + 1);
  const between = span.filter((f) => !c.ids.includes(f.id));
  if (between.some((f) => f.review !== 'deleted')) return 'merge: the words are not adjacent';
  const words = parts.map((p) => p.field);
  const tail = words[words.length - 1];
  const merged: GtField = {
    ...words[0],
    boundingPoly: toBoundingPoly(unionQuad(words.map((w) => polyOf(w.boundingPoly)))),
    inferText: words.map((w) => w.inferText).join(c.separator ?? ''),
    inferConfidence: Math.min(...words.map((w) => w.inferConfidence)),
    review: words.every((w) => w.review === 'added') ? 'added' : 'corrected',
  };
  if (typeof tail.lineBreak === 'boolean') merged.lineBreak = tail.lineBreak;
  // Deleted words between them stay (deleted) right after the merged one.
  const after = [merged, ...between];
  d.splice(image, first, span.length, after);
  return { image, index: first, before: span, after };
};

const split: Op<'split'> = (d, c) => {
  const at = d.locate(c.id);
  if (!at) return `no field with id ${JSON.stringify(c.id)}`;
  const f = at.field;
  if (f.review === 'deleted') return 'split: a deleted word';
  const text = f.inferText;
  if (c.at <= 0 || c.at >= text.length) return `split: position ${c.at} is not inside the text`;
  const low = text.charCodeAt(c.at);
  if (low >= 0xdc00 && low <= 0xdfff && c.at > 0) return 'split: position inside a character';
  const head = text.slice(0, c.at);
  const [left, right] = [head.trim(), text.slice(c.at).trim()];
  if (!left || !right) return 'split: one side would be empty';
  // The box splits in proportion to the characters (code points) on each side of the caret.
  const t = Array.from(head).length / Array.from(text).length;
  const poly = polyOf(f.boundingPoly);
  if (poly.length < 2) return 'split: the word has no box to split';
  const [lp, rp] = splitQuad(poly, t);
  const review: ReviewState = f.review === 'added' ? 'added' : 'corrected';
  const a: GtField = { ...f, inferText: left, boundingPoly: toBoundingPoly(lp), review };
  const b: GtField = { ...f, id: d.ids.next(), inferText: right, boundingPoly: toBoundingPoly(rp), review };
  if (typeof f.lineBreak === 'boolean') a.lineBreak = false;
  d.splice(at.image, at.index, 1, [a, b]);
  return { image: at.image, index: at.index, before: [f], after: [a, b] };
};

const restore: Op<'restore'> = (d, c) => {
  const image = d.imageOfPage(c.page);
  if (image === undefined) return `no page ${c.page}`;
  const gone: GtField[] = [];
  for (const id of c.remove) {
    const at = d.locate(id);
    if (!at || at.image !== image) return `no field with id ${JSON.stringify(id)} on page ${c.page}`;
  }
  // Remove from the end so earlier positions stay valid; report them in list order.
  const located = c.remove.map((id) => d.locate(id)!).sort((x, y) => y.index - x.index);
  for (const at of located) {
    d.splice(image, at.index, 1, []);
    gone.unshift(at.field);
  }
  const seen = new Set<string>();
  for (const f of c.fields) {
    if (d.has(f.id) || seen.has(f.id)) return `restore: id ${JSON.stringify(f.id)} is already in use`;
    seen.add(f.id);
  }
  const index = Math.min(c.index, d.fields(image).length);
  d.splice(image, index, 0, c.fields);
  return { image, index, before: gone, after: c.fields };
};

/** Applies one change to the draft, or says why it cannot (the draft is then to be dropped). */
export function applyOne(d: Draft, c: Change): Applied | string {
  switch (c.op) {
    case 'edit':
      return edit(d, c);
    case 'accept':
      return accept(d, c);
    case 'illegible':
      return illegible(d, c);
    case 'delete':
      return remove(d, c);
    case 'add':
      return add(d, c);
    case 'merge':
      return merge(d, c);
    case 'split':
      return split(d, c);
    case 'restore':
      return restore(d, c);
  }
}
