import { placePages } from '../document/pagePlacement.ts';
import { WarningLog } from '../document/warnings.ts';

/**
 * Which page each images[] entry is, by the one rule the document model uses (pagePlacement.ts):
 * convertedImageInfo.pageIndex, else the position, duplicates moved to free indexes.
 */
export function pagesOfImages(images: readonly unknown[]): {
  pageOf: number[];
  imageOf: Map<number, number>;
} {
  const pageOf = new Array<number>(images.length).fill(-1);
  const imageOf = new Map<number, number>();
  for (const slot of placePages(images, new WarningLog())) {
    pageOf[slot.imageIndex] = slot.pageIndex;
    imageOf.set(slot.pageIndex, slot.imageIndex);
  }
  return { pageOf, imageOf };
}

/**
 * New field ids for one revision: "r<revision>.<n>", skipping any already taken. fromRun's ids are
 * "p<page>.w<field>", so the two never meet, and a revision's ids are never reused by a later one.
 */
export class IdMaker {
  private n = 0;
  constructor(
    private readonly revision: number,
    private readonly taken: { has(id: string): boolean },
  ) {}

  next(): string {
    let id: string;
    do id = `r${this.revision}.${this.n++}`;
    while (this.taken.has(id));
    return id;
  }
}
