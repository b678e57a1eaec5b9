import type { Region } from '../../loaders/source.ts';

export interface CropInput {
  /** The word's box in response coordinates. */
  box: { minX: number; minY: number; maxX: number; maxY: number };
  /** Raster pixels per response unit (the page raster's width over the response page's width). */
  ratio: number;
  raster: { width: number; height: number };
  /** Context left and right of the word, in word heights (default ½, as above and below). */
  sides?: number;
}

/**
 * The part of the page raster that shows a word: its box mapped onto the raster, padded by half
 * the word's height on each side (the reviewer sees the ink around it), clamped to the page.
 * Null when the box is not one or falls outside the page.
 */
export function cropRegion({ box, ratio, raster, sides = 0.5 }: CropInput): Region | null {
  if (!(ratio > 0) || !(box.maxX >= box.minX) || !(box.maxY >= box.minY)) return null;
  const x0 = box.minX * ratio;
  const y0 = box.minY * ratio;
  const x1 = box.maxX * ratio;
  const y1 = box.maxY * ratio;
  const pad = Math.max(2, (y1 - y0) / 2);
  const padX = Math.max(2, (y1 - y0) * sides);
  const left = Math.max(0, Math.floor(x0 - padX));
  const top = Math.max(0, Math.floor(y0 - pad));
  const right = Math.min(raster.width, Math.ceil(x1 + padX));
  const bottom = Math.min(raster.height, Math.ceil(y1 + pad));
  if (right <= left || bottom <= top) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The size the crop is drawn at: a readable height, no wider than the panel. */
export function drawSize(region: Region, height = 72, maxWidth = 640): { width: number; height: number } {
  const s = Math.min(height / region.height, maxWidth / region.width, 4);
  return {
    width: Math.max(1, Math.round(region.width * s)),
    height: Math.max(1, Math.round(region.height * s)),
  };
}

/** The word's box inside a drawn crop (region drawn at `drawn` size), to outline it there. */
export function boxInCrop(
  { box, ratio }: Pick<CropInput, 'box' | 'ratio'>,
  region: Region,
  drawn: { width: number; height: number },
): Region {
  const sx = drawn.width / region.width;
  const sy = drawn.height / region.height;
  return {
    x: (box.minX * ratio - region.x) * sx,
    y: (box.minY * ratio - region.y) * sy,
    width: (box.maxX - box.minX) * ratio * sx,
    height: (box.maxY - box.minY) * ratio * sy,
  };
}
