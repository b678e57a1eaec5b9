import { open, writeFile } from 'node:fs/promises';
import type { GrayImage } from './grayImage.ts';

/**
 * Binary PGM (P5) is the cheapest lossless page format tesseract (leptonica) reads and pdftoppm
 * writes: no compression to spend time on between rasterising and OCR. Sharp cannot decode it,
 * so this module is the engine's one reader and writer of PNM files.
 */
export async function writePgm(path: string, gray: Buffer, width: number, height: number): Promise<void> {
  if (gray.length !== width * height)
    throw new Error(`PGM data is ${gray.length} bytes, expected ${width * height}`);
  await writeFile(path, Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii'), gray]));
}

export interface PnmHeader {
  /** 'P4' (bitmap), 'P5' (grey) or 'P6' (colour). */
  magic: 'P4' | 'P5' | 'P6';
  width: number;
  height: number;
  /** Largest sample value; 1 for P4, which has none in its header. */
  maxval: number;
  /** Where the samples start. */
  offset: number;
}

/**
 * Reads a binary PNM header: the magic, then width, height and (except P4) maxval, separated by
 * whitespace and `#` comments, then one whitespace byte. Null for anything else.
 */
export function parsePnmHeader(file: Uint8Array): PnmHeader | null {
  if (file.length < 2 || file[0] !== 0x50 || file[1] < 0x34 || file[1] > 0x36) return null;
  const magic = `P${file[1] - 0x30}` as PnmHeader['magic'];
  const fields: number[] = [];
  let i = 2;
  while (fields.length < (magic === 'P4' ? 2 : 3)) {
    const before = i;
    while (i < file.length && (isSpace(file[i]) || file[i] === 0x23)) {
      if (file[i] === 0x23) while (i < file.length && file[i] !== 0x0a) i++;
      else i++;
    }
    if (i === before) return null;
    let value = 0;
    const start = i;
    while (i < file.length && file[i] >= 0x30 && file[i] <= 0x39) value = value * 10 + file[i++] - 0x30;
    if (i === start) return null;
    fields.push(value);
  }
  if (i >= file.length || !isSpace(file[i])) return null;
  const [width, height, maxval = 1] = fields;
  return { magic, width, height, maxval, offset: i + 1 };
}

/** Width and height from a PNM header (P4/P5/P6), reading only its first bytes. */
export async function readPnmSize(path: string): Promise<{ width: number; height: number }> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(256);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return parsePnmSize(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

export function parsePnmSize(header: Uint8Array): { width: number; height: number } {
  const h = parsePnmHeader(header);
  if (!h) throw new Error('not a binary PNM image');
  return { width: h.width, height: h.height };
}

/**
 * Decodes a binary PGM (P5), the page format the engine's rasteriser writes. Returns null for
 * anything else or a truncated file. 16-bit samples (big-endian, maxval > 255) and other maxvals
 * are scaled to 8 bits; 8-bit data is returned without a copy.
 */
export function decodePgm(file: Uint8Array): GrayImage | null {
  const h = parsePnmHeader(file);
  if (!h || h.magic !== 'P5') return null;
  const { width, height, maxval, offset } = h;
  const bytes = maxval > 255 ? 2 : 1;
  if (width < 1 || height < 1 || maxval < 1 || file.length < offset + width * height * bytes) return null;
  if (bytes === 1 && maxval === 255)
    return { data: new Uint8Array(file.buffer, file.byteOffset + offset, width * height), width, height };
  const data = new Uint8Array(width * height);
  for (let p = 0; p < data.length; p++) {
    const v = bytes === 2 ? (file[offset + 2 * p] << 8) | file[offset + 2 * p + 1] : file[offset + p];
    data[p] = Math.round((v * 255) / maxval);
  }
  return { data, width, height };
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}
