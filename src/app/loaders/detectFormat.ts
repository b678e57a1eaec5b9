import type { DocFormat } from './source.ts';

/** What an opened file is: a document to display, a saved CLOVA response, or neither. */
export type FileKind = { kind: 'document'; format: DocFormat } | { kind: 'json' } | { kind: 'unsupported' };

export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** By magic bytes first (a renamed file still opens), then by extension and MIME type. */
export function detectFormat(name: string, type: string, head: Uint8Array): FileKind {
  const magic = sniff(head);
  if (magic) return { kind: 'document', format: magic };
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'json' || type === 'application/json') return { kind: 'json' };
  if (looksLikeJson(head)) return { kind: 'json' };
  // A .png whose bytes are not a PNG is refused here rather than failing later in a decoder.
  return { kind: 'unsupported' };
}

function sniff(h: Uint8Array): DocFormat | null {
  if (h.length >= 3 && h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff) return 'jpeg';
  if (h.length >= 8 && h[0] === 0x89 && h[1] === 0x50 && h[2] === 0x4e && h[3] === 0x47) return 'png';
  if (h.length >= 4 && h[0] === 0x25 && h[1] === 0x50 && h[2] === 0x44 && h[3] === 0x46) return 'pdf';
  const ii = h[0] === 0x49 && h[1] === 0x49 && h[2] === 0x2a && h[3] === 0x00;
  const mm = h[0] === 0x4d && h[1] === 0x4d && h[2] === 0x00 && h[3] === 0x2a;
  if (h.length >= 4 && (ii || mm)) return 'tiff';
  return null;
}

function looksLikeJson(h: Uint8Array): boolean {
  for (const b of h) {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb || b === 0xbf)
      continue;
    return b === 0x7b || b === 0x5b;
  }
  return false;
}

/** The user-facing reason a file can't be opened, or null when it can. */
export function rejectReason(name: string, size: number, kind: FileKind): string | null {
  if (kind.kind === 'unsupported')
    return `${name}: unsupported file. Open a JPG, PNG, PDF or TIFF document, or a CLOVA response .json.`;
  if (size > MAX_DOCUMENT_BYTES)
    return `${name} is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 50 MB.`;
  if (size === 0) return `${name} is empty.`;
  return null;
}
