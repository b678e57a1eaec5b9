import { z } from '../../clova/zod.ts';
import { LANGS } from '../../clova/index.ts';

/** One generated sample as `GET /api/samples` lists it. */
const SampleSchema = z.looseObject({
  id: z.string().min(1),
  title: z.string(),
  format: z.enum(['png', 'pdf', 'tiff']),
  pages: z.number().int().min(1),
  lang: z.enum(LANGS),
  enableTableDetection: z.boolean(),
});
export type SampleInfo = z.infer<typeof SampleSchema>;

const ListSchema = z.looseObject({ samples: z.array(SampleSchema) });

export function parseSamples(json: unknown): SampleInfo[] {
  const parsed = ListSchema.safeParse(json);
  if (!parsed.success) throw new Error('The relay sent a sample list this app does not understand.');
  return parsed.data.samples;
}

export async function fetchSamples(signal?: AbortSignal): Promise<SampleInfo[]> {
  const res = await fetch('/api/samples', { signal });
  if (!res.ok) throw new Error(`The relay's sample list failed (HTTP ${res.status}).`);
  return parseSamples(await res.json());
}

const EXT: Record<SampleInfo['format'], string> = { png: 'png', pdf: 'pdf', tiff: 'tif' };
const TYPE: Record<SampleInfo['format'], string> = {
  png: 'image/png',
  pdf: 'application/pdf',
  tiff: 'image/tiff',
};

/** The sample's file name, as the app shows it and as a session saves it. */
export const sampleFileName = (s: SampleInfo) => `${s.id}.${EXT[s.format]}`;

/** The sample's bytes as a File, so it opens exactly like a file the user dropped. */
export async function fetchSampleFile(s: SampleInfo): Promise<File> {
  const res = await fetch(`/api/samples/${encodeURIComponent(s.id)}`);
  if (!res.ok) throw new Error(`Sample ${s.title} could not be fetched (HTTP ${res.status}).`);
  return new File([await res.blob()], sampleFileName(s), { type: TYPE[s.format] });
}
