import { z } from './zod.ts';

/** Languages CLOVA General accepts (`en` is listed on the newer KO/EN page). */
export const LANGS = ['ko', 'ja', 'zh-TW', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const FORMATS = ['jpg', 'jpeg', 'png', 'pdf', 'tif', 'tiff'] as const;
export type ImageFormat = (typeof FORMATS)[number];

export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
export const MAX_PDF_PAGES = 10;

/** Splits CLOVA's comma list ("ko, ja, zh-TW"). Returns null when any entry is unknown. */
export function parseLangList(lang: string): Lang[] | null {
  const parts = lang
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (parts.length === 0) return null;
  const out: Lang[] = [];
  for (const p of parts) {
    const hit = LANGS.find((l) => l.toLowerCase() === p.toLowerCase());
    if (!hit) return null;
    if (!out.includes(hit)) out.push(hit);
  }
  return out;
}

// The API page's own curl example sends "v1" and a string timestamp, so both are accepted.
export const VersionSchema = z
  .string()
  .refine((v) => /^v[12]$/i.test(v), { message: 'version must be V1 or V2' });

export const RequestImageSchema = z.looseObject({
  format: z.string().refine((f) => (FORMATS as readonly string[]).includes(f.toLowerCase()), {
    message: 'unsupported format',
  }),
  name: z.string().min(1),
  url: z.string().optional(),
  data: z.string().optional(),
});
export type RequestImage = z.infer<typeof RequestImageSchema>;

const requestShape = {
  version: VersionSchema,
  requestId: z.union([z.string(), z.number()]).transform(String),
  timestamp: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]),
  lang: z
    .string()
    .refine((l) => parseLangList(l) !== null, { message: 'lang must be a comma list of ko, ja, zh-TW, en' })
    .optional(),
  enableTableDetection: z.boolean().optional(),
};

/** JSON body: the image travels as `url` or base64 `data`. */
export const OcrRequestSchema = z.looseObject({
  ...requestShape,
  images: z.array(RequestImageSchema).length(1, { message: 'exactly one image per call' }),
});
export type OcrRequest = z.infer<typeof OcrRequestSchema>;

/** Multipart `message` part: same fields, the image bytes travel in the `file` part. */
export const MultipartMessageSchema = OcrRequestSchema;
export type MultipartMessage = OcrRequest;

/** Normalised version string as CLOVA engines treat it. */
export function normaliseVersion(v: string): 'V1' | 'V2' {
  return v.toUpperCase() === 'V1' ? 'V1' : 'V2';
}
