import type { BinaryMask } from '../../../src/server/engines/tesseract/tables/types.ts';
import type { GrayImage } from '../../../src/server/engines/tesseract/raster/grayImage.ts';

export function blankMask(width: number, height: number): BinaryMask {
  return { data: new Uint8Array(width * height), width, height };
}

/** Inks the rectangle x0..x1, y0..y1 (inclusive). */
export function fillRect(mask: BinaryMask, x0: number, y0: number, x1: number, y1: number): BinaryMask {
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) mask.data[y * mask.width + x] = 1;
  return mask;
}

/** A grey page: `value` everywhere the mask is inked, white elsewhere. */
export function maskToGray(mask: BinaryMask, value = 0): GrayImage {
  return { data: mask.data.map((v) => (v ? value : 255)), width: mask.width, height: mask.height };
}
