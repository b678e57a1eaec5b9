import { LANGS, MAX_PDF_PAGES } from '../../clova/index.ts';
import type { Lang, MultipartMessage } from '../../clova/index.ts';
import type { OptionsForm } from '../ui/uiStore.ts';
import type { DocFormat } from '../loaders/source.ts';

/** The options that change an OCR result: part of the cache key, so equal options must compare equal. */
export interface RunOptions {
  engine: string;
  version: 'V1' | 'V2';
  lang: string;
  enableTableDetection: boolean;
  /** 0-based inclusive page range of a long PDF, else null (the whole document). */
  range: [number, number] | null;
}

/** Normalises the form: languages in canonical order, the range only where it applies. */
export function toRunOptions(form: OptionsForm, format: DocFormat | null, pageCount: number): RunOptions {
  const langs = LANGS.filter((l) => form.langs.includes(l));
  const needsRange = format === 'pdf' && pageCount > MAX_PDF_PAGES;
  return {
    engine: form.engine,
    version: form.version,
    lang: langs.join(','),
    enableTableDetection: form.enableTableDetection,
    range: needsRange ? clampRange(form.range ?? [0, MAX_PDF_PAGES - 1], pageCount) : null,
  };
}

/** A valid range of at most MAX_PDF_PAGES pages inside the document. */
export function clampRange([a, b]: [number, number], pageCount: number): [number, number] {
  const start = Math.max(0, Math.min(Math.floor(a), pageCount - 1));
  const end = Math.max(start, Math.min(Math.floor(b), pageCount - 1, start + MAX_PDF_PAGES - 1));
  return [start, end];
}

/** CLOVA's multipart `message` part for one file. */
export function buildMessage(
  opts: RunOptions,
  name: string,
  format: DocFormat,
  now = Date.now(),
): MultipartMessage {
  return {
    version: opts.version,
    requestId: crypto.randomUUID(),
    timestamp: now,
    ...(opts.lang ? { lang: opts.lang } : {}),
    images: [{ format, name }],
    ...(opts.enableTableDetection ? { enableTableDetection: true } : {}),
  };
}

export function parseLangs(lang: string): Lang[] {
  return LANGS.filter((l) => lang.split(',').includes(l));
}
