/** One indirect object: its dictionary text and, for streams, the (already filtered) bytes. */
export interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/**
 * Writes a classic PDF (header, objects 1..n, xref table, trailer) from hand-made objects, so
 * tests can build files no PDF library would write: zero pages, nested filters, encryption.
 * `trailer` is added to the trailer dictionary (`/Root 1 0 R` is always there).
 */
export function writePdf(objects: PdfObject[], trailer = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0].length;
  const offsets: number[] = [];
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((o, i) => {
    offsets.push(length);
    if (o.stream) {
      push(Buffer.from(`${i + 1} 0 obj\n<<${o.dict} /Length ${o.stream.length}>>\nstream\n`, 'latin1'));
      push(o.stream);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else push(Buffer.from(`${i + 1} 0 obj\n<<${o.dict}>>\nendobj\n`, 'latin1'));
  });
  const xrefAt = length;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}` +
        `trailer\n<</Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xrefAt}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}

/** The text drawn on each test page, large enough for OCR at 200 dpi. */
export const PAGE_TEXT = 'HARDENING 42';

/** A page content stream drawing `text` in 40 pt Helvetica. */
export function textContent(text = PAGE_TEXT): Buffer {
  return Buffer.from(`BT /F1 40 Tf 20 40 Td (${text}) Tj ET\n`, 'latin1');
}

/**
 * Catalog, page tree and `pageCount` pages (each drawing `content`, 400x120 pt, Helvetica),
 * numbered from 1. `content` objects come last, one per page.
 */
export function pageObjects(pageCount: number, content: (page: number) => PdfObject): PdfObject[] {
  const font = 3;
  const firstPage = 4;
  const firstContent = firstPage + pageCount;
  const kids = Array.from({ length: pageCount }, (_, i) => `${firstPage + i} 0 R`).join(' ');
  return [
    { dict: '/Type /Catalog /Pages 2 0 R' },
    { dict: `/Type /Pages /Kids [${kids}] /Count ${pageCount}` },
    { dict: '/Type /Font /Subtype /Type1 /BaseFont /Helvetica' },
    ...Array.from({ length: pageCount }, (_, i) => ({
      dict:
        `/Type /Page /Parent 2 0 R /MediaBox [0 0 400 120] ` +
        `/Resources <</Font <</F1 ${font} 0 R>>>> /Contents ${firstContent + i} 0 R`,
    })),
    ...Array.from({ length: pageCount }, (_, i) => content(i)),
  ];
}
