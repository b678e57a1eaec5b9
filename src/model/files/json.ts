import { z } from '../../clova/zod.ts';

/**
 * Just enough shape to tell a CLOVA General OCR response from other JSON a user drops in (the
 * full contract is src/clova; buildDocument salvages whatever passes this).
 */
const ResponseLike = z.looseObject({
  images: z
    .array(
      z.looseObject({}).refine((img) => Array.isArray(img.fields) || typeof img.inferResult === 'string'),
    )
    .min(1),
});

export function isClovaResponse(x: unknown): boolean {
  return ResponseLike.safeParse(x).success;
}
