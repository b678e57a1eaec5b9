import { open, writeFile } from 'node:fs/promises';

/**
 * Binary PGM (P5) is the cheapest lossless page format tesseract (leptonica) reads and pdftoppm
 * writes: no compression to spend time on between rasterising and OCR.
 */
export async function writePgm(path: string, gray: Buffer, width: number, height: number): Promise<void> {
  if (gray.length !== width * height)
    throw new Error(`PGM data is ${gray.length} bytes, expected ${width * height}`);
  await writeFile(path, Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii'), gray]));
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

export function parsePnmSize(header: Buffer): { width: number; height: number } {
  // Header tokens are whitespace-separated and may be interleaved with `#` comments.
  const text = header.toString('latin1').replace(/#[^\n]*\n/g, ' ');
  const m = /^P[456]\s+(\d+)\s+(\d+)\s/.exec(text);
  if (!m) throw new Error('not a binary PNM image');
  return { width: Number(m[1]), height: Number(m[2]) };
}
