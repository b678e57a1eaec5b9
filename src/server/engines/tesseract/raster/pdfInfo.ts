import { runChild } from '../processes/runChild.ts';

export interface PdfInfo {
  pages: number;
  /** Page sizes in points, for the first pages only (as many as were asked for). */
  sizes: { width: number; height: number }[];
}

/** Page count and page sizes from poppler's `pdfinfo`; `upTo` limits how many sizes are listed. */
export async function readPdfInfo(path: string, upTo: number, signal?: AbortSignal): Promise<PdfInfo> {
  // pdfinfo clamps -l to the page count, so one call gives both the count and the sizes.
  const { stdout } = await runChild('pdfinfo', ['-f', '1', '-l', String(upTo), path], { signal });
  return parsePdfInfo(stdout.toString('utf8'));
}

export function parsePdfInfo(text: string): PdfInfo {
  const pages = /^Pages:\s+(\d+)\s*$/m.exec(text);
  if (!pages) throw new Error('pdfinfo printed no page count');
  const sizes: PdfInfo['sizes'] = [];
  for (const m of text.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)) {
    sizes[Number(m[1]) - 1] = { width: Number(m[2]), height: Number(m[3]) };
  }
  return { pages: Number(pages[1]), sizes };
}
