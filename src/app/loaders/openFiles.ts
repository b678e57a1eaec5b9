import { detectFormat } from './detectFormat.ts';
import { planOpen } from './planOpen.ts';
import type { OpenCandidate } from './planOpen.ts';
import { loadJson } from './loadJson.ts';
import type { SavedResponse } from './loadJson.ts';
import type { DocFormat, DocSource } from './source.ts';
import { loadImage } from './loadImage.ts';
import { fileHash } from './fileHash.ts';

export interface OpenResult {
  source: DocSource | null;
  hash: string | null;
  saved: SavedResponse | null;
  /** Parses a large response's whole, when `saved` is its first page only (see loadJson). */
  savedWhole?: () => SavedResponse;
  errors: string[];
  ignored: string[];
}

async function candidate(file: File): Promise<OpenCandidate<File>> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  return { file, name: file.name, size: file.size, kind: detectFormat(file.name, file.type, head) };
}

async function loadDocument(file: File, format: DocFormat): Promise<DocSource> {
  // PDF and TIFF decoders are loaded on demand, keeping them out of the initial bundle.
  if (format === 'pdf') return (await import('./loadPdf.ts')).loadPdf(file);
  if (format === 'tif' || format === 'tiff') return (await import('./loadTiff.ts')).loadTiff(file, format);
  return loadImage(file, format);
}

/** Opens what the user dropped, picked or pasted. Never throws: failures come back as messages. */
export async function openFiles(files: File[]): Promise<OpenResult> {
  // A PDF by its name or type: start fetching pdf.js and its worker now, while the files are read.
  if (files.some((f) => f.type === 'application/pdf' || /\.pdf$/i.test(f.name)))
    void import('./loadPdf.ts').then(
      (m) => m.warmPdfWorker(),
      () => {},
    );
  const plan = planOpen(await Promise.all(files.map(candidate)));
  const result: OpenResult = {
    source: null,
    hash: null,
    saved: null,
    errors: plan.errors,
    ignored: plan.ignored,
  };
  const tasks: Promise<void>[] = [];
  if (plan.document) {
    const { file, format } = plan.document;
    tasks.push(
      Promise.all([loadDocument(file, format), fileHash(file)]).then(
        ([source, hash]) => {
          result.source = source;
          result.hash = hash;
        },
        (e: unknown) => void result.errors.push(e instanceof Error ? e.message : String(e)),
      ),
    );
  }
  if (plan.json) {
    tasks.push(
      loadJson(plan.json).then(
        (loaded) => {
          result.saved = loaded.saved;
          result.savedWhole = loaded.whole;
        },
        (e: unknown) => void result.errors.push(e instanceof Error ? e.message : String(e)),
      ),
    );
  }
  await Promise.all(tasks);
  return result;
}
