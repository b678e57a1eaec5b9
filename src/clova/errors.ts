import { z } from './zod.ts';

/** CLOVA's error body: `{code, message, path, traceId, timestamp}`. */
export const ErrorBodySchema = z.looseObject({
  code: z.string(),
  message: z.string(),
  path: z.string().optional(),
  traceId: z.string().optional(),
  timestamp: z.number().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** The documented code table (clova-facts.md). 0026, 0027 and 0502 are undocumented: not invented. */
export const ERROR_CODES = {
  '0001': { status: 400, message: 'URL is invalid.' },
  '0002': { status: 401, message: 'Secret key validate failed.' },
  '0011': { status: 400, message: 'Request body invalid.' },
  '0021': { status: 400, message: 'Protocol version not support.' },
  '0022': { status: 400, message: 'Request domain invalid.' },
  '0023': { status: 400, message: 'API request count reach the upper limit.' },
  '0025': { status: 400, message: 'Calls to this api have exceeded the rate limit.' },
  '0028': { status: 400, message: 'Table detection disabled: Please activate the table extractor button.' },
  '0500': { status: 500, message: 'Unknown service error.' },
  '0501': { status: 500, message: 'OCR service error.' },
  '1021': {
    status: 500,
    message: 'Not found deploy infomation.Please confirm the template is released',
  },
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorBody(x: unknown): x is ErrorBody {
  return ErrorBodySchema.safeParse(x).success;
}
