import { isRecord, MAX_COORD } from './salvage.ts';
import type { Bounds, PageSizeSource } from '../types.ts';
import type { WarningLog } from './warnings.ts';

/** Pages beyond this index are not from any document CLOVA takes (PDFs: 10 pages or so). */
const MAX_PAGE_INDEX = 100_000;

export interface PageSlot {
  pageIndex: number;
  imageIndex: number;
  image: Record<string, unknown>;
}

/**
 * Which page each images[] entry is: convertedImageInfo.pageIndex when present, else its
 * position. A page index already taken moves to the next free one (with a warning), so pages
 * are unique. Returned sorted by page index; gaps are possible (a response for pages 0 and 2).
 */
export function placePages(images: readonly unknown[], log: WarningLog): PageSlot[] {
  const taken = new Set<number>();
  let next = 0;
  const slots: PageSlot[] = [];
  for (let i = 0; i < images.length; i++) {
    const image = images[i];
    if (!isRecord(image)) {
      log.add(`images[${i}]: not an object; skipped`);
      continue;
    }
    const info = image.convertedImageInfo;
    const given = isRecord(info) ? info.pageIndex : undefined;
    let pageIndex = i;
    if (typeof given === 'number' && Number.isInteger(given) && given >= 0 && given <= MAX_PAGE_INDEX) {
      pageIndex = given;
    } else if (given !== undefined) {
      log.add(`images[${i}].convertedImageInfo.pageIndex: not a page index; position ${i} used`);
    }
    if (taken.has(pageIndex)) {
      while (taken.has(next)) next++;
      log.add(`images[${i}]: page ${pageIndex} already taken; placed as page ${next}`);
      pageIndex = next;
    }
    taken.add(pageIndex);
    slots.push({ pageIndex, imageIndex: i, image });
  }
  return slots.sort((a, b) => a.pageIndex - b.pageIndex);
}

export interface PageSize {
  width: number;
  height: number;
  sizeSource: PageSizeSource;
}

const usableSize = (w: unknown, h: unknown): boolean =>
  typeof w === 'number' && typeof h === 'number' && w > 0 && h > 0 && w <= MAX_COORD && h <= MAX_COORD;

/**
 * Response-space size of a page: convertedImageInfo (what CLOVA says it saw), else the opened
 * document's page size in pixels, else the extent of the boxes (at least 1×1).
 */
export function resolvePageSize(
  info: unknown,
  documentSize: { width: number; height: number } | undefined,
  extent: Bounds | null,
  where: string,
  log: WarningLog,
): PageSize {
  if (isRecord(info)) {
    if (usableSize(info.width, info.height)) {
      return { width: info.width as number, height: info.height as number, sizeSource: 'convertedImageInfo' };
    }
    log.add(`${where}.convertedImageInfo: width/height unusable; size taken from elsewhere`);
  }
  if (documentSize && usableSize(documentSize.width, documentSize.height)) {
    return { width: documentSize.width, height: documentSize.height, sizeSource: 'document' };
  }
  return {
    width: Math.max(1, Math.ceil(extent?.maxX ?? 1)),
    height: Math.max(1, Math.ceil(extent?.maxY ?? 1)),
    sizeSource: 'extent',
  };
}
