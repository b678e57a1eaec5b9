/**
 * Builds minimal classic TIFF headers with the page sizes a test asks for (the pixel data is a
 * single byte): enough for header checks, never meant to be decoded.
 */
export function buildTiff(
  pages: Array<{ width: number; height: number }>,
  byteOrder: 'II' | 'MM' = 'II',
): Buffer {
  const le = byteOrder === 'II';
  const entries = 2;
  const ifdSize = 2 + entries * 12 + 4;
  const buf = Buffer.alloc(8 + pages.length * ifdSize);
  const w16 = (v: number, o: number) => (le ? buf.writeUInt16LE(v, o) : buf.writeUInt16BE(v, o));
  const w32 = (v: number, o: number) => (le ? buf.writeUInt32LE(v, o) : buf.writeUInt32BE(v, o));
  buf.write(byteOrder, 0, 'latin1');
  w16(42, 2);
  w32(8, 4);
  pages.forEach((p, i) => {
    const at = 8 + i * ifdSize;
    w16(entries, at);
    // ImageWidth and ImageLength as LONG values.
    w16(256, at + 2);
    w16(4, at + 4);
    w32(1, at + 6);
    w32(p.width, at + 10);
    w16(257, at + 14);
    w16(4, at + 16);
    w32(1, at + 18);
    w32(p.height, at + 22);
    w32(i + 1 < pages.length ? at + ifdSize : 0, at + 26);
  });
  return buf;
}
