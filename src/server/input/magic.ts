/** The container each request `format` names; jpg/jpeg and tif/tiff are aliases. */
export type Container = 'jpeg' | 'png' | 'pdf' | 'tiff';

export function containerOf(format: string): Container | undefined {
  switch (format.toLowerCase()) {
    case 'jpg':
    case 'jpeg':
      return 'jpeg';
    case 'png':
      return 'png';
    case 'pdf':
      return 'pdf';
    case 'tif':
    case 'tiff':
      return 'tiff';
    default:
      return undefined;
  }
}

// PDF readers accept the header anywhere in the first 1024 bytes; so does the relay.
const PDF_HEADER_WINDOW = 1024;
export const HEAD_BYTES = PDF_HEADER_WINDOW;

/** What the first bytes say the file is, or undefined for none of the supported containers. */
export function sniffContainer(head: Buffer): Container | undefined {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (head.subarray(0, PDF_HEADER_WINDOW).includes('%PDF-')) return 'pdf';
  return undefined;
}
