import { crc32, deflateSync } from 'node:zlib';

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/**
 * A complete, decodable 1-bit grayscale PNG of `width` x `height` white pixels. Deflate packs the
 * identical rows about 1000:1, so 10240 x 10240 (105 MP) is a 13 KB file.
 */
export function whitePng1Bit(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // grayscale
  const row = Buffer.alloc(1 + Math.ceil(width / 8), 0xff);
  row[0] = 0; // filter: none
  const raw = Buffer.alloc(row.length * height);
  for (let y = 0; y < height; y++) row.copy(raw, y * row.length);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A classic little-endian TIFF of `pages` blank 1-bit pages, CCITT G4 compressed. An all-white row
 * coded against an all-white reference row is one bit (vertical mode 0), so a 20000 x 20000 page
 * (400 MP) is 2.5 KB; every page points at the same strip, so extra pages cost only their IFD.
 */
export function blankG4Tiff(width: number, height: number, pages = 1): Buffer {
  const strip = Buffer.concat([
    Buffer.alloc(Math.ceil(height / 8), 0xff),
    // EOFB: two EOL codes (000000000001) ends the page.
    Buffer.from([0x00, 0x10, 0x01]),
  ]);
  const entries: Array<[tag: number, type: 3 | 4, value: number]> = [
    [256, 4, width],
    [257, 4, height],
    [258, 3, 1], // BitsPerSample
    [259, 3, 4], // Compression: CCITT T.6 (G4)
    [262, 3, 0], // Photometric: WhiteIsZero
    [273, 4, 8], // StripOffsets: the strip follows the header
    [277, 3, 1], // SamplesPerPixel
    [278, 4, height], // RowsPerStrip
    [279, 4, strip.length], // StripByteCounts
  ];
  const ifdSize = 2 + entries.length * 12 + 4;
  const firstIfd = 8 + strip.length + (strip.length & 1);
  const buf = Buffer.alloc(firstIfd + pages * ifdSize);
  buf.write('II', 0, 'latin1');
  buf.writeUInt16LE(42, 2);
  buf.writeUInt32LE(firstIfd, 4);
  strip.copy(buf, 8);
  for (let p = 0; p < pages; p++) {
    const at = firstIfd + p * ifdSize;
    buf.writeUInt16LE(entries.length, at);
    entries.forEach(([tag, type, value], i) => {
      const e = at + 2 + i * 12;
      buf.writeUInt16LE(tag, e);
      buf.writeUInt16LE(type, e + 2);
      buf.writeUInt32LE(1, e + 4);
      if (type === 3) buf.writeUInt16LE(value, e + 8);
      else buf.writeUInt32LE(value, e + 8);
    });
    buf.writeUInt32LE(p + 1 < pages ? at + ifdSize : 0, at + 2 + entries.length * 12);
  }
  return buf;
}

/** A real JPEG whose first segment is a comment holding a PDF header: both files at once. */
export function jpegPdfPolyglot(jpeg: Buffer, pdf: Buffer): Buffer {
  const text = pdf.subarray(0, Math.min(pdf.length, 60000));
  const com = Buffer.alloc(4);
  com.writeUInt16BE(0xfffe, 0);
  com.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), com, text, jpeg.subarray(2)]);
}
