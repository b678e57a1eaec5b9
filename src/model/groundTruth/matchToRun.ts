import type { Field, ImageResult, OcrResponse } from '../../clova/index.ts';
import { polyOf, toBoundingPoly, unionQuad } from './boxes.ts';
import { matchPage, MATCH_MIN_IOU } from './matchGroups.ts';
import { IdMaker, pagesOfImages } from './pages.ts';
import { placeWord } from './placement.ts';
import type { GroundTruth, GtField, GtImage, ReviewState } from './types.ts';

export interface RerunReport {
  /** Reviewed words whose text and state went onto a new box. */
  carried: number;
  /** Reviewed, added and deleted words the new run has no box for, kept with their own box. */
  kept: number;
  /** New words with no reviewed counterpart: they come in unreviewed. */
  fresh: number;
  /** Unreviewed old words the new run has no box for: nothing to keep. */
  dropped: number;
}

export interface RerunResult {
  groundTruth: GroundTruth;
  report: RerunReport;
}

const size = (image: ImageResult | undefined) => {
  const info = image?.convertedImageInfo;
  return info && info.width > 0 && info.height > 0 ? info : null;
};

const reviewed = (f: GtField) => f.review !== 'unreviewed';

/** The review of one word standing for several reviewed ones: theirs when they agree. */
function jointReview(states: ReviewState[]): ReviewState {
  return states.every((s) => s === states[0]) ? states[0] : 'corrected';
}

/**
 * The ground truth carried onto a new run of the same document (any engine and options): words
 * pair by position (matchGroups.ts) after the old boxes are scaled to the new page size. A reviewed
 * word keeps its text and state on the new box (its id too); one the new run split keeps its text
 * on the union of the pieces; several the new run merged give the new box their texts joined by
 * spaces. Added, deleted and reviewed words the new run missed are kept with their own boxes, in
 * reading order. New words with no reviewed counterpart come in unreviewed, taking the id of the
 * unreviewed word they replace where there is one. The result is the old revision + 1.
 */
export function matchToRun(gt: GroundTruth, response: OcrResponse, minIou = MATCH_MIN_IOU): RerunResult {
  const revision = gt.revision + 1;
  const ids = new IdMaker(revision, new Set(gt.images.flatMap((i) => i.fields.map((f) => f.id))));
  const report: RerunReport = { carried: 0, kept: 0, fresh: 0, dropped: 0 };
  const oldPages = pagesOfImages(gt.images);
  const newPages = pagesOfImages(response.images);
  const images: GtImage[] = response.images.map((image, i) => {
    const oldIndex = oldPages.imageOf.get(newPages.pageOf[i]);
    const old = oldIndex === undefined ? undefined : gt.images[oldIndex];
    return { ...image, fields: matchFields(old, image, ids, report, minIou) };
  });
  // Pages the new run lacks keep what was reviewed on them.
  gt.images.forEach((image, i) => {
    if (newPages.imageOf.has(oldPages.pageOf[i])) return;
    const keep = image.fields.filter(reviewed);
    report.kept += keep.length;
    report.dropped += image.fields.length - keep.length;
    images.push({ ...image, fields: keep });
  });
  const { images: _old, revision: _rev, ...rest } = gt;
  return { groundTruth: { ...rest, ...response, revision, images }, report };
}

function matchFields(
  old: GtImage | undefined,
  image: ImageResult,
  ids: IdMaker,
  report: RerunReport,
  minIou: number,
): GtField[] {
  const fresh: Field[] = image.fields ?? [];
  const before = old?.fields ?? [];
  const from = size(old);
  const to = size(image);
  const sx = from && to ? to.width / from.width : 1;
  const sy = from && to ? to.height / from.height : 1;
  const scaled = before.map((f) => polyOf(f.boundingPoly).map((p) => ({ x: p.x * sx, y: p.y * sy })));
  const m = matchPage(
    before.map((f, k) => ({ poly: scaled[k], text: f.inferText })),
    fresh.map((f) => ({ poly: polyOf(f.boundingPoly), text: f.inferText })),
    minIou,
  );
  const out: (GtField | null)[] = fresh.map(() => null);
  const take = (k: number, base: Field, id: string, review: ReviewState, text = base.inferText) => {
    out[k] = { ...base, inferText: text, id, review };
  };
  for (const { old: o, fresh: k } of m.pairs) {
    const g = before[o];
    if (reviewed(g)) report.carried++;
    take(k, fresh[k], g.id, g.review, reviewed(g) ? g.inferText : undefined);
  }
  for (const { old: o, fresh: pieces } of m.split) {
    const g = before[o];
    if (!reviewed(g)) {
      pieces.forEach((k, n) => take(k, fresh[k], n === 0 ? g.id : ids.next(), 'unreviewed'));
      continue;
    }
    // The reviewed text cannot be cut without knowing where: it stays one word over the pieces.
    report.carried++;
    const parts = pieces.map((k) => fresh[k]);
    const joined: Field = {
      ...parts[0],
      boundingPoly: toBoundingPoly(unionQuad(parts.map((p) => polyOf(p.boundingPoly)))),
      inferConfidence: Math.min(...parts.map((p) => p.inferConfidence)),
    };
    const last = parts[parts.length - 1];
    if (typeof last.lineBreak === 'boolean') joined.lineBreak = last.lineBreak;
    take(pieces[0], joined, g.id, g.review, g.inferText);
  }
  const absorbed = new Set(m.split.flatMap((s) => (reviewed(before[s.old]) ? s.fresh.slice(1) : [])));
  for (const { old: parts, fresh: k } of m.merged) {
    const gs = parts.map((o) => before[o]);
    const live = gs.filter((g) => g.review !== 'deleted');
    if (!gs.some(reviewed)) take(k, fresh[k], gs[0].id, 'unreviewed');
    else if (live.length === 0) take(k, fresh[k], gs[0].id, 'deleted');
    else {
      report.carried += live.length;
      const text = live.map((g) => g.inferText).join(' ');
      take(k, fresh[k], live[0].id, jointReview(live.map((g) => g.review)), text);
    }
  }
  for (const k of m.freshOnly) take(k, fresh[k], ids.next(), 'unreviewed');
  const fields = out.filter((f, k): f is GtField => f !== null && !absorbed.has(k));
  report.fresh += fields.filter((f) => !reviewed(f)).length;
  for (const o of m.oldOnly) {
    const g = before[o];
    if (!reviewed(g)) {
      report.dropped++;
      continue;
    }
    report.kept++;
    keep(fields, { ...g, boundingPoly: toBoundingPoly(scaled[o]) });
  }
  return fields;
}

/** Puts a kept word where it reads, as an added word is placed. */
function keep(fields: GtField[], g: GtField): void {
  const place = placeWord(fields, polyOf(g.boundingPoly));
  const { lineBreak: _drop, ...word } = g;
  const placed: GtField = place.lineBreak === undefined ? word : { ...word, lineBreak: place.lineBreak };
  if (place.neighbour) {
    const n = place.neighbour;
    fields[n.index] = { ...fields[n.index], lineBreak: n.lineBreak };
  }
  fields.splice(place.index, 0, placed);
}
