import { isRecord } from './salvage.ts';
import type { DocumentModel, LineModel, ParagraphModel, WordModel } from '../types.ts';

/**
 * The model of a response that differs from one already built only in words' text (a proofreading
 * edit, accept or illegible mark): the previous model with those words, their lines and their
 * paragraphs replaced, everything else shared (pages, tables, cells, warnings, every other word,
 * line and paragraph). Equal to buildDocument(next) when it answers; null when the change is not
 * text only (a box, a confidence, a line break, a page or a word count changed), and the caller
 * builds the model in full. An accept changes nothing the model holds: the previous model itself.
 */
export function patchDocument(
  prevResponse: unknown,
  prevDoc: DocumentModel,
  next: unknown,
): DocumentModel | null {
  if (prevResponse === next) return prevDoc;
  // The model reads `version` and `images` of the top level (not a ground truth's `revision`).
  if (!isRecord(prevResponse) || !isRecord(next) || prevResponse.version !== next.version) return null;
  const before = prevResponse.images;
  const after = next.images;
  if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length) return null;
  // Image index → field index → new text, for the fields whose text changed.
  const edits = new Map<number, Map<number, string>>();
  for (let i = 0; i < after.length; i++) {
    const a: unknown = before[i];
    const b: unknown = after[i];
    if (a === b) continue;
    if (!isRecord(a) || !isRecord(b) || !IMAGE.every((k) => a[k] === b[k] && k in a === k in b)) return null;
    const texts = changedTexts(a.fields, b.fields);
    if (!texts) return null;
    if (texts.size > 0) edits.set(i, texts);
  }
  if (edits.size === 0) return prevDoc;
  return withTexts(prevDoc, edits);
}

/** What the model reads of an `images` entry besides its fields (document.ts, pagePlacement.ts). */
const IMAGE = ['inferResult', 'message', 'tables', 'convertedImageInfo'] as const;

/** What the model reads of a field besides its text: a change to any of them is not a text patch. */
const READ = ['boundingPoly', 'inferConfidence', 'type', 'lineBreak'] as const;

/** Field index → new text; null when the fields differ in anything the model reads but text. */
function changedTexts(before: unknown, after: unknown): Map<number, string> | null {
  const out = new Map<number, string>();
  if (before === after) return out;
  if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length) return null;
  for (let k = 0; k < after.length; k++) {
    const a: unknown = before[k];
    const b: unknown = after[k];
    if (a === b) continue;
    if (!isRecord(a) || !isRecord(b)) return null;
    for (const key of READ) if (a[key] !== b[key] || key in a !== key in b) return null;
    if (a.inferText === b.inferText) continue;
    // Strings both: a non-string text is read with a warning, which a patch would not keep right.
    if (typeof a.inferText !== 'string' || typeof b.inferText !== 'string') return null;
    out.set(k, b.inferText);
  }
  return out;
}

function withTexts(doc: DocumentModel, edits: Map<number, Map<number, string>>): DocumentModel {
  const words = doc.words.slice();
  const lines = new Set<number>();
  for (const page of doc.pages) {
    const texts = edits.get(page.imageIndex);
    if (!texts) continue;
    for (const id of page.wordIds) {
      const w = doc.words[id];
      const text = texts.get(w.fieldIndex);
      if (text === undefined || text === w.text) continue;
      words[id] = { ...w, text } satisfies WordModel;
      if (w.lineId >= 0) lines.add(w.lineId);
    }
  }
  if (lines.size === 0) return doc;
  // As groupLines and groupParagraphs join them (lines.ts, paragraphs.ts).
  const nextLines = doc.lines.slice();
  const paragraphs = new Set<number>();
  for (const id of lines) {
    const line = doc.lines[id];
    nextLines[id] = { ...line, text: line.wordIds.map((w) => words[w].text).join(' ') } satisfies LineModel;
    if (line.paragraphId >= 0) paragraphs.add(line.paragraphId);
  }
  const nextParagraphs = doc.paragraphs.slice();
  for (const id of paragraphs) {
    const p = doc.paragraphs[id];
    nextParagraphs[id] = {
      ...p,
      text: p.lineIds.map((l) => nextLines[l].text).join('\n'),
    } satisfies ParagraphModel;
  }
  return { ...doc, words, lines: nextLines, paragraphs: nextParagraphs };
}

/**
 * Whether two models have the same boxes, confidences and grouping (only words' text may differ):
 * true for a model and any patch of it, which shares its pages. What draws only boxes keys on this
 * and is not redrawn after a text edit.
 */
export function sameBoxes(a: DocumentModel, b: DocumentModel): boolean {
  return a === b || (a.pages === b.pages && a.words.length === b.words.length);
}
