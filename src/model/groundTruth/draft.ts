import { IdMaker, pagesOfImages } from './pages.ts';
import { keptPlaces, Places } from './places.ts';
import type { GroundTruth, GtField, GtImage } from './types.ts';

export interface Located {
  image: number;
  index: number;
  field: GtField;
}

/**
 * A ground truth being changed: copy on write per page, so a batch of changes copies only the
 * pages it touches and the input stays as it was (the server may still hold it). Ids are found
 * through a map, so "accept the rest of the page" on 20,000 words is not quadratic; the map of a
 * revision this kernel produced is reused (places.ts), so one edit does not index every field.
 */
export class Draft {
  readonly images: GtImage[];
  readonly ids: IdMaker;
  private readonly copied = new Set<number>();
  private where: Places;
  /** Whether `where` was built from these pages (not taken over from the revision before). */
  private trusted: boolean;
  private readonly imageOf: Map<number, number>;
  private readonly pageOf: number[];

  constructor(gt: GroundTruth, revision: number) {
    this.images = [...gt.images];
    const { imageOf, pageOf } = pagesOfImages(gt.images);
    this.imageOf = imageOf;
    this.pageOf = pageOf;
    const kept = keptPlaces(gt.images);
    const start = kept ?? Places.of(gt.images);
    this.trusted = !kept;
    this.where = start.layer();
    // Ids taken when the draft began (the start is never written to).
    this.ids = new IdMaker(revision, start);
  }

  /** The places of the fields as they are now, for the ground truth this draft becomes. */
  get places(): Places {
    return this.where;
  }

  locate(id: string): Located | null {
    const at = this.where.get(id);
    const field = at ? this.images[at.image]?.fields[at.index] : undefined;
    if (at && field?.id === id) return { ...at, field };
    // A map taken over that does not hold (pages changed in place since): index them all again.
    if (!this.trusted) {
      this.where = Places.of(this.images).layer();
      this.trusted = true;
      return this.locate(id);
    }
    return null;
  }

  has(id: string): boolean {
    return this.locate(id) !== null;
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
    this.where.setImage(image, this.images[image]);
  }
}
