import { buildDocument } from '../document/document.ts';
import type { BuildOptions } from '../document/document.ts';
import { patchDocument } from '../document/patch.ts';
import type { DocumentModel, WordModel } from '../types.ts';
import { liveFields } from './live.ts';
import type { GroundTruth, GtField } from './types.ts';

export interface LiveView {
  /** The ground truth without its deleted fields: what exports and the text layer show. */
  live: GroundTruth;
  /** Its document model: pages, lines, paragraphs in reading order, as for any response. */
  doc: DocumentModel;
}

/**
 * The ground truth as the document model reads it, deleted fields left out. Given the view of an
 * earlier revision (built with the same `opts`), a change of words' text only patches its model
 * instead of building it again (model/document/patch.ts).
 */
export function liveView(gt: GroundTruth, opts: BuildOptions = {}, previous?: LiveView): LiveView {
  const live: GroundTruth = {
    ...gt,
    images: gt.images.map((image) => ({ ...image, fields: liveFields(image.fields) })),
  };
  const patched = previous ? patchDocument(previous.live, previous.doc, live) : null;
  return { live, doc: patched ?? buildDocument(live, opts) };
}

/** The ground-truth field behind a word of the live view's document. */
export function fieldOf(view: LiveView, word: WordModel): GtField {
  const page = view.doc.pages.find((p) => p.index === word.pageIndex);
  return view.live.images[page ? page.imageIndex : 0].fields[word.fieldIndex];
}
