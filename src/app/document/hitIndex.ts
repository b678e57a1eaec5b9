import { SpatialIndex } from '../../model/geometry/spatial.ts';
import { isDoubtful } from '../../model/review/triage.ts';
import type { DocumentModel, Point } from '../../model/index.ts';
import type { ViewLayers } from '../../model/index.ts';
import type { Target, TargetKind } from '../../model/document/target.ts';

/** Hit-testing order: the most specific thing under the pointer wins. */
const ORDER: { kind: TargetKind; layer: keyof ViewLayers }[] = [
  { kind: 'word', layer: 'words' },
  { kind: 'cell', layer: 'tables' },
  { kind: 'line', layer: 'lines' },
  { kind: 'paragraph', layer: 'paragraphs' },
  { kind: 'table', layer: 'tables' },
];

/**
 * Spatial indexes of one document, one per page and kind, built on first use (a page nobody looks
 * at costs nothing). Replaces Konva's hit graph, which would need one node per box.
 */
export class HitIndex {
  private readonly doc: DocumentModel;
  private readonly cache = new Map<string, SpatialIndex>();

  constructor(doc: DocumentModel) {
    this.doc = doc;
  }

  index(pageIndex: number, kind: TargetKind): SpatialIndex {
    const key = `${pageIndex}:${kind}`;
    let idx = this.cache.get(key);
    if (!idx) {
      idx = new SpatialIndex(itemsOf(this.doc, pageIndex, kind));
      this.cache.set(key, idx);
    }
    return idx;
  }

  /**
   * The target under a world point of a page, among the visible layers. With the review filter on
   * (`wordsBelow`), only the words it draws can be hit; the index stays the same for any threshold.
   */
  hit(pageIndex: number, p: Point, layers: ViewLayers, wordsBelow: number | null = null): Target | null {
    const shownWord =
      wordsBelow === null ? undefined : (id: number) => isDoubtful(this.doc.words[id], wordsBelow);
    for (const { kind, layer } of ORDER) {
      if (!layers[layer]) continue;
      const id = this.index(pageIndex, kind).hit(p, kind === 'word' ? shownWord : undefined);
      if (id !== null) return { kind, id };
    }
    return null;
  }
}

function itemsOf(doc: DocumentModel, pageIndex: number, kind: TargetKind) {
  const page = doc.pages.find((p) => p.index === pageIndex);
  if (!page) return [];
  switch (kind) {
    case 'word':
      return page.wordIds.map((id) => doc.words[id]);
    case 'line':
      return page.lineIds.map((id) => doc.lines[id]);
    case 'paragraph':
      return page.paragraphIds.map((id) => doc.paragraphs[id]);
    case 'table':
      return page.tableIds.map((id) => doc.tables[id]);
    case 'cell':
      return page.tableIds.flatMap((t) => doc.tables[t].cellIds.map((id) => doc.cells[id]));
  }
}
