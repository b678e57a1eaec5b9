import { buildTables } from './buildTables.ts';
import { boundsOf, unionBounds } from '../geometry/geometry.ts';
import { groupLines } from '../lines/lines.ts';
import { placePages, resolvePageSize } from './pagePlacement.ts';
import type { PageSlot } from './pagePlacement.ts';
import { groupParagraphs } from './paragraphs.ts';
import { isRecord, readArray, readConfidence, readPoly, readString, readText } from './salvage.ts';
import type { Bounds, DocumentModel, PageModel, WordModel } from '../types.ts';
import { WarningLog } from './warnings.ts';

export interface BuildOptions {
  /** Pixel size of each page of the opened document, by page index: used when CLOVA gives none. */
  pageSizes?: { width: number; height: number }[];
}

const emptyDocument = (): DocumentModel => ({
  version: '',
  pages: [],
  words: [],
  lines: [],
  paragraphs: [],
  tables: [],
  cells: [],
  warnings: [],
});

/**
 * Turns any JSON into the document model. A CLOVA response maps one to one; anything else is
 * salvaged: what is usable is kept, what is not is dropped or defaulted, and every such decision
 * is recorded in `warnings`. Never throws.
 */
export function buildDocument(response: unknown, opts: BuildOptions = {}): DocumentModel {
  const log = new WarningLog();
  try {
    const doc = assemble(response, opts, log);
    doc.warnings = log.list();
    return doc;
  } catch (e) {
    // Last resort for inputs no reader foresaw (exotic objects, not JSON): an empty, consistent model.
    const doc = emptyDocument();
    doc.warnings = [
      ...log.list(),
      `could not read the response: ${e instanceof Error ? e.message : String(e)}`,
    ];
    return doc;
  }
}

function assemble(response: unknown, opts: BuildOptions, log: WarningLog): DocumentModel {
  const doc = emptyDocument();
  if (!isRecord(response)) {
    log.add('response: not a JSON object');
    return doc;
  }
  doc.version = readString(response.version, '', 'version', log);
  const images = readArray(response.images, 'images', log);
  for (const slot of placePages(images, log)) addPage(doc, slot, opts, log);
  return doc;
}

function addPage(doc: DocumentModel, slot: PageSlot, opts: BuildOptions, log: WarningLog): void {
  const { image, pageIndex, imageIndex } = slot;
  const where = `images[${imageIndex}]`;
  const inferResult = readString(image.inferResult, 'UNKNOWN', `${where}.inferResult`, log);
  const message = typeof image.message === 'string' ? image.message : '';
  const failed = inferResult === 'FAILURE' || inferResult === 'ERROR';
  if (failed && (image.fields !== undefined || image.tables !== undefined)) {
    log.add(`${where}: inferResult ${inferResult}; its fields and tables are ignored`);
  }

  const words = failed ? [] : readWords(image.fields, pageIndex, doc.words.length, where, log);
  const { tables, cells } = failed
    ? { tables: [], cells: [] }
    : buildTables(
        image.tables,
        { pageIndex, firstTableId: doc.tables.length, firstCellId: doc.cells.length, where },
        log,
      );

  const { source, lines } = groupLines(words, doc.lines.length);
  const paragraphs = groupParagraphs(lines, doc.paragraphs.length);
  const firstWord = doc.words.length;
  for (const p of paragraphs) {
    for (const lineId of p.lineIds) {
      const line = lines[lineId - doc.lines.length];
      line.paragraphId = p.id;
      for (const wordId of line.wordIds) {
        const w = words[wordId - firstWord];
        w.lineId = line.id;
        w.paragraphId = p.id;
      }
    }
  }

  const extent: Bounds[] = [...words.map((w) => w.bounds), ...cells.map((c) => c.bounds)];
  for (const t of tables) extent.push(t.bounds);
  const size = resolvePageSize(
    image.convertedImageInfo,
    opts.pageSizes?.[pageIndex],
    extent.length > 0 ? unionBounds(extent) : null,
    where,
    log,
  );

  const page: PageModel = {
    index: pageIndex,
    imageIndex,
    ...size,
    inferResult,
    message,
    wordIds: lines.flatMap((l) => l.wordIds),
    lineIds: lines.map((l) => l.id),
    paragraphIds: paragraphs.map((p) => p.id),
    tableIds: tables.map((t) => t.id),
    lineSource: source,
  };
  doc.pages.push(page);
  append(doc.words, words);
  append(doc.lines, lines);
  append(doc.paragraphs, paragraphs);
  append(doc.tables, tables);
  append(doc.cells, cells);
}

/** push(...items) overflows the call stack for very large pages. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const x of items) into.push(x);
}

function readWords(
  rawFields: unknown,
  pageIndex: number,
  firstId: number,
  where: string,
  log: WarningLog,
): WordModel[] {
  const fields = readArray(rawFields, `${where}.fields`, log);
  const words: WordModel[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    const at = `${where}.fields[${i}]`;
    if (!isRecord(f)) {
      log.add(`${at}: not an object; skipped`);
      continue;
    }
    const poly = readPoly(f.boundingPoly, at, log);
    if (poly.length === 0) {
      log.add(`${at}: no usable vertices; word dropped`);
      continue;
    }
    const word: WordModel = {
      id: firstId + words.length,
      pageIndex,
      fieldIndex: i,
      text: readText(f.inferText, at, log),
      confidence: readConfidence(f.inferConfidence, at, log),
      poly,
      bounds: boundsOf(poly),
      lineId: -1,
      paragraphId: -1,
    };
    if (typeof f.type === 'string') word.type = f.type;
    if (typeof f.lineBreak === 'boolean') word.lineBreak = f.lineBreak;
    else if (f.lineBreak !== undefined) log.add(`${at}.lineBreak: not a boolean; ignored`);
    words.push(word);
  }
  return words;
}
