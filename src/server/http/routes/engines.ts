import type { FastifyInstance } from 'fastify';
import { FORMATS, LANGS, MAX_PDF_PAGES } from '../../../clova/index.ts';
import type { RelayConfig } from '../../config.ts';
import type { EngineName } from '../../engines/engine.ts';
import { MAX_IMAGE_BYTES } from '../../request/limits.ts';
import { defaultEngineName } from '../../engines/selectEngine.ts';
import type { Engines } from '../../engines/selectEngine.ts';

export interface EnginesReport {
  default: EngineName;
  engines: Array<{ name: EngineName; available: boolean; reason?: string } & Record<string, unknown>>;
  limits: {
    maxBytes: number;
    maxPdfPages: number;
    maxPixels: number;
    formats: readonly string[];
    langs: readonly string[];
  };
  /** Whether OCR calls must carry RELAY_ACCESS_KEY as X-OCR-SECRET. */
  accessKeyRequired: boolean;
}

/** `GET /api/engines`: what the app can offer. Engines report facts, never secrets or URL paths. */
export async function enginesRoute(
  app: FastifyInstance,
  opts: { config: RelayConfig; engines: Engines },
): Promise<void> {
  app.get('/api/engines', async (): Promise<EnginesReport> => {
    const engines = await Promise.all(
      (['clova', 'tesseract'] as const).map(async (name) => {
        const a = await opts.engines[name].availability();
        return { name, available: a.available, ...(a.reason ? { reason: a.reason } : {}), ...a.details };
      }),
    );
    return {
      default: defaultEngineName(opts.config),
      engines,
      limits: {
        maxBytes: MAX_IMAGE_BYTES,
        maxPdfPages: MAX_PDF_PAGES,
        maxPixels: opts.config.maxImagePixels,
        formats: FORMATS,
        langs: LANGS,
      },
      accessKeyRequired: opts.config.accessKey !== undefined,
    };
  });
}
