import { IdMaker, pagesOfImages } from './pages.ts';
import type { GroundTruth, GtField, GtImage } from './types.ts';

export interface Located {
  image: number;
  index: number;
  field: GtField;
}

/**
 * A ground truth being changed: copy on write per page, so a batch of changes copies only the
 * pages it touches and the input stays as it was (the server may still hold it). Ids are found
 * through a map, so "accept the rest of the page" on 20,000 words is not quadratic.
 */
export class Draft {
  readonly images: GtImage[];
  readonly ids: IdMaker;
  private readonly copied = new Set<number>();
  private readonly where = new Map<string, { image: number; index: number }>();
  private readonly imageOf: Map<number, number>;
  private readonly pageOf: number[];

  constructor(gt: GroundTruth, revision: number) {
    this.images = [...gt.images];
    const { imageOf, pageOf } = pagesOfImages(gt.images);
    this.imageOf = imageOf;
    this.pageOf = pageOf;
    this.images.forEach((_, i) => this.reindex(i));
    this.ids = new IdMaker(revision, new Set(this.where.keys()));
  }

  locate(id: string): Located | null {
    const at = this.where.get(id);
    return at ? { ...at, field: this.images[at.image].fields[at.index] } : null;
  }

  has(id: string): boolean {
    return this.where.has(id);
  }

  imageOfPage(page: number): number | undefined {
    return this.imageOf.get(page);
  }

  pageOfImage(image: number): number {
    return this.pageOf[image];
  }

  fields(image: number): readonly GtField[] {
    return this.images[image].fields;
  }

  /** Replaces `count` fields at `index` of a page by `items`, keeping the id map right. */
  splice(image: number, index: number, count: number, items: GtField[]): void {
    const fields = this.writable(image);
    for (let k = index; k < index + count; k++) this.where.delete(fields[k].id);
    if (count === items.length) {
      // In place: splice moves the whole tail, which made "accept the page" quadratic.
      items.forEach((f, k) => {
        fields[index + k] = f;
        this.where.set(f.id, { image, index: index + k });
      });
    } else {
      fields.splice(index, count, ...items);
      this.reindex(image);
    }
  }

  private writable(image: number): GtField[] {
    if (!this.copied.has(image)) {
      this.images[image] = { ...this.images[image], fields: [...this.images[image].fields] };
      this.copied.add(image);
    }
    return this.images[image].fields;
  }

  private reindex(image: number): void {
    this.images[image].fields.forEach((f, index) => this.where.set(f.id, { image, index }));
  }
}
