import type { FastifyBaseLogger } from 'fastify';
import type { RelayConfig } from '../config.ts';
import { createClovaEngine } from './clova/index.ts';
import type { Engine, EngineName } from './engine.ts';
import { lazyEngine } from './lazyEngine.ts';

/** The real engines, built from the config; any engine already given is not built again. */
export function createDefaultEngines(
  config: RelayConfig,
  logger: FastifyBaseLogger,
  given: Partial<Record<EngineName, Engine>> = {},
): Record<EngineName, Engine> {
  return {
    clova: given.clova ?? createClovaEngine(config.clova, { logger }),
    tesseract:
      given.tesseract ??
      lazyEngine('tesseract', async () => {
        const { createTesseractEngine } = await import('./tesseract/index.ts');
        return createTesseractEngine({
          concurrency: config.tesseractConcurrency,
          tmpDir: config.tmpDir,
          logger,
        });
      }),
  };
}
