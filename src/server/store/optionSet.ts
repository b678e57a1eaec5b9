import { z } from 'zod';
import { parseLangList } from '../../clova/index.ts';

/**
 * The options a stored run was made with. Its canonical string `engine|version|lang|tables`
 * (e.g. `tesseract|V2|ko,ja|false`) is the run's key: a document has at most one run per key.
 */
export interface OptionSet {
  engine: 'clova' | 'tesseract';
  version: 'V1' | 'V2';
  /** CLOVA's comma list, canonical spelling, in the order given; '' when not set. */
  lang: string;
  enableTableDetection: boolean;
}

/** Runs imported from a saved response: their options are unknown. */
export const IMPORTED_KEY = 'imported';

export const OptionSetInput = z.strictObject({
  engine: z.enum(['clova', 'tesseract']),
  version: z
    .string()
    .regex(/^v[12]$/i, { message: 'must be V1 or V2' })
    .transform((v) => v.toUpperCase() as 'V1' | 'V2')
    .default('V2'),
  lang: z
    .string()
    .refine((l) => l.trim() === '' || parseLangList(l) !== null, {
      message: 'must be a comma list of ko, ja, zh-TW, en',
    })
    .transform((l) => (l.trim() === '' ? '' : (parseLangList(l) ?? []).join(',')))
    .default(''),
  enableTableDetection: z.boolean().default(false),
});

export function optionKey(o: OptionSet): string {
  return `${o.engine}|${o.version}|${o.lang}|${o.enableTableDetection}`;
}
