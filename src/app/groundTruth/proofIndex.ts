import { proofreadingOrder } from '../../model/groundTruth/index.ts';
import type { GroundTruth, GtField, ProofOrder } from '../../model/groundTruth/index.ts';
import type { DocumentModel, WordModel } from '../../model/index.ts';

/**
 * Field ids ↔ the model's words, and the proofreading walk per page and order, built once per
 * model (the model is rebuilt after each edit; between edits every step is a lookup).
 */
export interface ProofIndex {
  doc: DocumentModel;
  live: GroundTruth;
  fieldOf: (word: WordModel) => GtField;
  wordOf: (fieldId: string) => WordModel | null;
  order: (page: number, order: ProofOrder) => string[];
  /** The field after (`dir` 1) or before (-1) `fieldId` in the walk of its page; null at either end. */
  step: (fieldId: string, order: ProofOrder, dir: 1 | -1) => string | null;
}

const cache = new WeakMap<DocumentModel, ProofIndex>();

export function proofIndex(doc: DocumentModel, live: GroundTruth): ProofIndex {
  const hit = cache.get(doc);
  if (hit && hit.live === live) return hit;
  const imageOfPage = new Map(doc.pages.map((p) => [p.index, p.imageIndex]));
  const fieldOf = (w: WordModel) => live.images[imageOfPage.get(w.pageIndex) ?? 0].fields[w.fieldIndex];
  let byId: Map<string, WordModel> | null = null;
  const wordOf = (id: string) => {
    byId ??= new Map(doc.words.map((w) => [fieldOf(w)?.id, w]));
    return byId.get(id) ?? null;
  };
  const orders = new Map<string, { ids: string[]; rank: Map<string, number> }>();
  const walk = (page: number, order: ProofOrder) => {
    const key = `${page}:${order}`;
    let o = orders.get(key);
    if (!o) {
      const ids = proofreadingOrder({ live, doc }, page, order);
      o = { ids, rank: new Map(ids.map((id, i) => [id, i])) };
      orders.set(key, o);
    }
    return o;
  };
  const index: ProofIndex = {
    doc,
    live,
    fieldOf,
    wordOf,
    order: (page, order) => walk(page, order).ids,
    step: (fieldId, order, dir) => {
      const w = wordOf(fieldId);
      if (!w) return null;
      const o = walk(w.pageIndex, order);
      const at = o.rank.get(fieldId);
      return at === undefined ? null : (o.ids[at + dir] ?? null);
    },
  };
  cache.set(doc, index);
  return index;
}

/** The live field right after `fieldId` in its page's list (what merge joins it with), if any. */
export function nextInList(live: GroundTruth, fieldId: string): string | null {
  for (const image of live.images) {
    const i = image.fields.findIndex((f) => f.id === fieldId);
    if (i >= 0) return image.fields[i + 1]?.id ?? null;
  }
  return null;
}

const CJK = /[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** How merged words join: nothing between CJK characters (Japanese, Chinese), a space otherwise. */
export function mergeSeparator(left: string, right: string): string {
  const a = left.at(-1) ?? '';
  const b = right.at(0) ?? '';
  const hangul = /[\uac00-\ud7af]/;
  if (hangul.test(a) || hangul.test(b)) return ' ';
  return CJK.test(a) && CJK.test(b) ? '' : ' ';
}
