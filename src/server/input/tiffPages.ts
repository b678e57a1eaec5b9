import type { ByteReader } from '../bytes/spooledBytes.ts';

export interface PageSize {
  width: number;
  height: number;
}

const TAG_WIDTH = 256;
const TAG_HEIGHT = 257;
const TYPE_SHORT = 3;
const TYPE_LONG = 4;
// A real TIFF page has a few dozen tags; more means a hostile or broken file.
const MAX_ENTRIES = 4096;

export class TiffError extends Error {
  override name = 'TiffError';
}

/**
 * Reads the size of every page of a classic TIFF from its IFD chain, without decoding any pixels:
 * a few small reads per page, so a 50 MB file with a hostile header costs nothing to check.
 */
export async function tiffPageSizes(reader: ByteReader, maxPages = 10_000): Promise<PageSize[]> {
  const { size } = reader;
  const header = await reader.read(0, 8);
  const order = header.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') throw new TiffError('not a TIFF byte order');
  const le = order === 'II';
  const u16 = (b: Buffer, o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (b: Buffer, o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  if (u16(header, 2) !== 42) throw new TiffError('not a classic TIFF');

  const pages: PageSize[] = [];
  const seen = new Set<number>();
  let offset = u32(header, 4);
  while (offset !== 0) {
    if (seen.has(offset)) throw new TiffError('IFD chain loops');
    if (pages.length >= maxPages) throw new TiffError(`more than ${maxPages} pages`);
    if (offset + 2 > size) throw new TiffError('IFD offset past the end of the file');
    seen.add(offset);
    const count = u16(await reader.read(offset, 2), 0);
    if (count === 0 || count > MAX_ENTRIES) throw new TiffError(`IFD with ${count} entries`);
    const body = await reader.read(offset + 2, count * 12 + 4);
    if (body.length < count * 12 + 4) throw new TiffError('IFD cut short');
    let width: number | undefined;
    let height: number | undefined;
    for (let i = 0; i < count; i++) {
      const e = i * 12;
      const tag = u16(body, e);
      if (tag !== TAG_WIDTH && tag !== TAG_HEIGHT) continue;
      const type = u16(body, e + 2);
      const value =
        type === TYPE_SHORT ? u16(body, e + 8) : type === TYPE_LONG ? u32(body, e + 8) : undefined;
      if (value === undefined) throw new TiffError(`tag ${tag} has type ${type}`);
      if (tag === TAG_WIDTH) width = value;
      else height = value;
    }
    if (width === undefined || height === undefined)
      throw new TiffError(`page ${pages.length + 1} has no size`);
    pages.push({ width, height });
    offset = u32(body, count * 12);
  }
  if (pages.length === 0) throw new TiffError('no pages');
  return pages;
}
