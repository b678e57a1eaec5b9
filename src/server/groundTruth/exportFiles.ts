import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { exportGroundTruth, liveView } from '../../model/groundTruth/index.ts';
import type { CropSpec, ExportFormat, GroundTruth } from '../../model/groundTruth/index.ts';
import { cropQuadPng, pagePng, PageRenderer } from './pageImages.ts';
import type { PagePixels, PageSize, StoredFile } from './pageImages.ts';

/**
 * A document's ground truth as export files with their images: the kernel writes the text files
 * and names the crops (src/model/groundTruth/export); this cuts the crops out of the stored
 * document's pages as PNG. PaddleOCR's crops are named .jpg by PPOCRLabel's habit; they are
 * written lossless here, so they are named .png (Label.txt and rec_gt.txt say so too), and its
 * detection set gets the page images Label.txt names.
 */
export interface OutFile {
  name: string;
  data: Uint8Array;
}

export interface DocumentExportInput {
  gt: GroundTruth;
  format: ExportFormat;
  /** The document's name as stored (may hold folders): its stem names every file. */
  documentName: string;
  file: StoredFile;
  tmpRoot: string;
  reviewedOnly?: boolean;
  now?: string;
  signal?: AbortSignal;
}

/** A name's last part without its extension, safe as a file name in a zip on any system. */
export function baseNameOf(documentName: string): string {
  const last = documentName.split(/[/\\]/).pop() ?? '';
  return safeName(last.replace(/\.[^.]*$/, ''), 'document');
}

/** A name as a file or folder name in a zip on any system (no separators, controls or reserved marks). */
export function safeName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[\u0000-\u001f\u007f<>:"|?*\\/]/g, '_').trim();
  const short = [...safe].slice(0, 100).join('');
  return short === '' || /^\.+$/.test(short) ? fallback : short;
}

const CROP_JPG = /^(crop_img\/[^\t\n]*)\.jpg(?=\t|$)/gm;
const pngName = (name: string) => name.replace(/\.jpg$/, '.png');

export async function documentExportFiles(input: DocumentExportInput): Promise<OutFile[]> {
  const { gt, format } = input;
  const baseName = baseNameOf(input.documentName);
  const result = exportGroundTruth(gt, format, {
    baseName,
    now: input.now,
    reviewedOnly: input.reviewedOnly,
  });
  const enc = new TextEncoder();
  const out: OutFile[] = result.files.map((f) => ({
    name: f.name,
    data: enc.encode(format === 'ppocr' ? f.data.replace(CROP_JPG, '$1.png') : f.data),
  }));
  const crops = result.crops.map((c) => ({ ...c, name: pngName(c.name) }));
  const pages = new Set(crops.map((c) => c.page));
  const { doc } = liveView(gt);
  // PaddleOCR's detection labels name every page's image: the export carries them.
  if (format === 'ppocr') for (const p of doc.pages) pages.add(p.index);
  if (pages.size === 0) return out;
  const renderer = new PageRenderer(input.file, input.tmpRoot, input.signal);
  try {
    for (const page of [...pages].sort((a, b) => a - b)) {
      const model = doc.pages.find((p) => p.index === page);
      const pixels = await renderer.page(page, model && sizeOf(gt, model.imageIndex));
      if (format === 'ppocr') out.push({ name: `${baseName}_p${page + 1}.png`, data: await pagePng(pixels) });
      out.push(
        ...(await cut(
          pixels,
          crops.filter((c) => c.page === page),
        )),
      );
    }
  } finally {
    await renderer.close();
  }
  return out;
}

/** The page size the response gives (convertedImageInfo), which its coordinates are in. */
function sizeOf(gt: GroundTruth, imageIndex: number): PageSize | undefined {
  const info = gt.images[imageIndex]?.convertedImageInfo;
  return info && info.width > 0 && info.height > 0 ? { width: info.width, height: info.height } : undefined;
}

async function cut(pixels: PagePixels, crops: CropSpec[]): Promise<OutFile[]> {
  const out: OutFile[] = [];
  for (const c of crops) out.push({ name: c.name, data: await cropQuadPng(pixels, c.rect, c.quad) });
  return out;
}

/** Files as a .zip (PNGs stored as they are, text deflated), under `folder/` when given. */
export function addToZip(zip: Zippable, files: OutFile[], folder = ''): void {
  for (const f of files) {
    const path = folder ? `${folder}/${f.name}` : f.name;
    zip[path] = f.name.endsWith('.png') ? [f.data, { level: 0 }] : f.data;
  }
}

export const zipFiles = (zip: Zippable): Uint8Array => zipSync(zip, { level: 6 });

/** The media type of a single exported file. */
export function contentTypeOf(name: string): string {
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.xml')) return 'application/xml';
  if (name.endsWith('.hocr') || name.endsWith('.html')) return 'text/html';
  if (name.endsWith('.png')) return 'image/png';
  return 'text/plain';
}
