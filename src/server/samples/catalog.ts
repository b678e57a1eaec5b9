import type { Lang } from '../../clova/index.ts';
import { makePdf, makeTiff, renderTextPage } from './documents.ts';
import { renderRuledTable } from './ruledTable.ts';
import { PAGE_JA, PAGE_ZH_TW, PDF_PAGES, RECEIPT_KO, TABLE_KO, TIFF_PAGES } from './texts.ts';

export type SampleFormat = 'png' | 'pdf' | 'tiff';

/** What the gallery shows and what the app needs to run OCR on a sample the right way. */
export interface SampleInfo {
  id: string;
  title: string;
  format: SampleFormat;
  pages: number;
  /** CLOVA `lang` to run with. */
  lang: Lang;
  enableTableDetection: boolean;
}

export interface Sample extends SampleInfo {
  generate: () => Promise<Buffer>;
}

export const CONTENT_TYPES: Record<SampleFormat, string> = {
  png: 'image/png',
  pdf: 'application/pdf',
  tiff: 'image/tiff',
};

// 150 dpi: sharp enough for OCR at 10-12 pt and quick for the embedded engine (about a second a page).
const DPI = 150;
const a4 = { dpi: DPI };

export const SAMPLES: readonly Sample[] = [
  {
    id: 'ko-receipt',
    title: 'Korean receipt',
    format: 'png',
    pages: 1,
    lang: 'ko',
    enableTableDetection: false,
    generate: () =>
      renderTextPage({ lines: RECEIPT_KO, lang: 'ko', dpi: DPI, width: 620, height: 900, margin: 50 }),
  },
  {
    id: 'ja-page',
    title: 'Japanese page',
    format: 'png',
    pages: 1,
    lang: 'ja',
    enableTableDetection: false,
    generate: () => renderTextPage({ lines: PAGE_JA, lang: 'ja', ...a4 }),
  },
  {
    id: 'zh-tw-page',
    title: 'Traditional Chinese page',
    format: 'png',
    pages: 1,
    lang: 'zh-TW',
    enableTableDetection: false,
    generate: () => renderTextPage({ lines: PAGE_ZH_TW, lang: 'zh-TW', ...a4 }),
  },
  {
    id: 'ruled-table',
    title: 'Ruled table',
    format: 'png',
    pages: 1,
    lang: 'ko',
    enableTableDetection: true,
    generate: () => renderRuledTable({ rows: TABLE_KO, dpi: DPI }),
  },
  {
    id: 'pdf-3-pages',
    title: '3-page PDF',
    format: 'pdf',
    pages: 3,
    lang: 'ko',
    enableTableDetection: false,
    generate: async () =>
      makePdf(
        await Promise.all(
          PDF_PAGES.map((lines) => renderTextPage({ lines, lang: 'ko', ...a4, height: 900 })),
        ),
      ),
  },
  {
    id: 'tiff-2-pages',
    title: '2-page TIFF',
    format: 'tiff',
    pages: 2,
    lang: 'ko',
    enableTableDetection: false,
    generate: async () =>
      makeTiff(
        await Promise.all(
          TIFF_PAGES.map((lines) => renderTextPage({ lines, lang: 'ko', ...a4, height: 900 })),
        ),
      ),
  },
];

export function sampleInfo({ generate: _, ...info }: Sample): SampleInfo {
  return info;
}

/**
 * Generates each sample once, on first request, and keeps the bytes (a few hundred KB in all).
 * A failed generation is forgotten so the next request tries again.
 */
export function sampleCache(samples: readonly Sample[] = SAMPLES) {
  const byId = new Map(samples.map((s) => [s.id, s]));
  const cache = new Map<string, Promise<Buffer>>();
  return {
    list: (): SampleInfo[] => samples.map(sampleInfo),
    get(id: string): { sample: Sample; bytes: Promise<Buffer> } | null {
      const sample = byId.get(id);
      if (!sample) return null;
      let bytes = cache.get(id);
      if (!bytes) {
        bytes = sample.generate();
        cache.set(id, bytes);
        bytes.catch(() => cache.delete(id));
      }
      return { sample, bytes };
    },
  };
}
