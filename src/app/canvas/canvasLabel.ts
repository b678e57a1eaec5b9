import type { DocumentModel } from '../../model/index.ts';

/** What a screen reader hears for the canvas: the page, its words and how many are doubtful. */
export function canvasLabel(
  doc: DocumentModel | null,
  pageIndex: number,
  pageCount: number,
  doubtBelow: number,
): string {
  const head = `Page ${pageIndex + 1} of ${pageCount}`;
  const page = doc?.pages.find((p) => p.index === pageIndex);
  if (!doc || !page) return `${head}, no OCR result`;
  const words = page.wordIds.length;
  const doubtful = page.wordIds.filter((id) => !(doc.words[id].confidence >= doubtBelow)).length;
  return `${head}: ${words} word${words === 1 ? '' : 's'}, ${doubtful} below ${Math.round(doubtBelow * 100)}% confidence`;
}
