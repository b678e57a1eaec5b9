import { fetchDocumentFile } from '../../projects/api.ts';
import { detectFormat } from '../../loaders/detectFormat.ts';
import type { DocSource } from '../../loaders/source.ts';
import { queryClient } from '../../document/queryClient.ts';
import { runResponseQuery } from '../../projects/queries.ts';

/**
 * Decoded stored documents for the audit's crops, a few at a time: a sample walks many documents,
 * and each is fetched (with the access key) and decoded once while its words are reviewed.
 */
const KEEP = 4;
const cache = new Map<string, Promise<DocSource>>();

async function load(documentId: string): Promise<DocSource> {
  const file = await fetchDocumentFile({ id: documentId, name: documentId });
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const kind = detectFormat(file.name, file.type, head);
  if (kind.kind !== 'document') throw new Error('The stored file is not an image, PDF or TIFF.');
  const f = kind.format;
  if (f === 'pdf') return (await import('../../loaders/loadPdf.ts')).loadPdf(file);
  if (f === 'tif' || f === 'tiff') return (await import('../../loaders/loadTiff.ts')).loadTiff(file, f);
  return (await import('../../loaders/loadImage.ts')).loadImage(file, f);
}

export function pageSource(documentId: string): Promise<DocSource> {
  const hit = cache.get(documentId);
  if (hit) {
    // Most recently used last.
    cache.delete(documentId);
    cache.set(documentId, hit);
    return hit;
  }
  const p = load(documentId);
  p.catch(() => cache.delete(documentId));
  cache.set(documentId, p);
  while (cache.size > KEEP) {
    const [oldest, src] = cache.entries().next().value as [string, Promise<DocSource>];
    cache.delete(oldest);
    void src.then((s) => s.destroy()).catch(() => {});
  }
  return p;
}

interface ConvertedPage {
  convertedImageInfo?: { width?: number; pageIndex?: number };
}

/** The width the engine gave a PDF page (its convertedImageInfo), from the stored run; null if unknown. */
export async function responsePageWidth(runId: string, page: number): Promise<number | null> {
  const response = (await queryClient.fetchQuery(runResponseQuery(runId)).catch(() => null)) as {
    images?: ConvertedPage[];
  } | null;
  const images = response?.images ?? [];
  const info = (images.find((i) => i.convertedImageInfo?.pageIndex === page) ?? images[page])
    ?.convertedImageInfo;
  return typeof info?.width === 'number' && info.width > 0 ? info.width : null;
}
