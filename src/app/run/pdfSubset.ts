/**
 * The pages [start, end] of a PDF as a new PDF, for documents over CLOVA's 10-page limit. One
 * request keeps the relay's own rasterisation (and CLOVA's), so results match a direct call;
 * pdf-lib is loaded only when a long PDF is run.
 */
export async function pdfSubset(file: Blob, [start, end]: [number, number]): Promise<Blob> {
  const { PDFDocument } = await import('pdf-lib');
  const src = await PDFDocument.load(await file.arrayBuffer(), { ignoreEncryption: true });
  const out = await PDFDocument.create();
  const indices = Array.from({ length: end - start + 1 }, (_, i) => start + i);
  const pages = await out.copyPages(src, indices);
  for (const p of pages) out.addPage(p);
  const bytes = await out.save();
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
