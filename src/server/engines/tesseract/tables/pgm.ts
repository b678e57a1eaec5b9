import type { GrayImage } from './types.ts';

/**
 * Decodes a binary PGM (P5), the page format the relay's rasteriser writes and sharp cannot read.
 * Returns null for anything else. 16-bit samples (big-endian, maxval > 255) are scaled to 8 bits.
 */
export function decodePgm(file: Uint8Array): GrayImage | null {
  if (file.length < 2 || file[0] !== 0x50 || file[1] !== 0x35) return null;
  // Header: P5, width, height, maxval, separated by whitespace and `#` comments, then one whitespace byte.
  const fields: number[] = [];
  let i = 2;
  while (fields.length < 3) {
    while (i < file.length && (isSpace(file[i]) || file[i] === 0x23)) {
      if (file[i] === 0x23) while (i < file.length && file[i] !== 0x0a) i++;
      else i++;
    }
    let value = 0;
    const start = i;
    while (i < file.length && file[i] >= 0x30 && file[i] <= 0x39) value = value * 10 + file[i++] - 0x30;
    if (i === start) return null;
    fields.push(value);
  }
  const [width, height, maxval] = fields;
  const offset = i + 1;
  const bytes = maxval > 255 ? 2 : 1;
  if (width < 1 || height < 1 || maxval < 1 || file.length < offset + width * height * bytes) return null;
  const data = new Uint8Array(width * height);
  if (bytes === 1 && maxval === 255) data.set(file.subarray(offset, offset + width * height));
  else
    for (let p = 0; p < data.length; p++) {
      const v = bytes === 2 ? (file[offset + 2 * p] << 8) | file[offset + 2 * p + 1] : file[offset + p];
      data[p] = Math.round((v * 255) / maxval);
    }
  return { data, width, height };
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}
