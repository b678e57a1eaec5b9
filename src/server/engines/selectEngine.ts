import type { RelayConfig } from '../config.ts';
import type { Engine, EngineName } from './engine.ts';
import { RelayError } from '../errors.ts';

export type Engines = Record<EngineName, Engine>;

/** OCR_ENGINE when set, else clova when CLOVA is configured, else the embedded tesseract. */
export function defaultEngineName(config: Pick<RelayConfig, 'engine' | 'clova'>): EngineName {
  return config.engine ?? (config.clova ? 'clova' : 'tesseract');
}

/**
 * The engine for one request: the `X-OCR-Engine` header if present, else the default. An unknown
 * name is CLOVA's "domain invalid" (0022); a known but unusable engine says why (503).
 */
export async function selectEngine(
  header: string | string[] | undefined,
  config: Pick<RelayConfig, 'engine' | 'clova'>,
  engines: Engines,
): Promise<Engine> {
  const asked = (Array.isArray(header) ? header[0] : header)?.trim().toLowerCase();
  const name = asked || defaultEngineName(config);
  if (name !== 'clova' && name !== 'tesseract') {
    throw new RelayError('0022', `X-OCR-Engine must be clova or tesseract, not '${name.slice(0, 40)}'.`);
  }
  const engine = engines[name];
  const availability = await engine.availability();
  if (!availability.available) {
    throw new RelayError(
      '0500',
      `The ${name} engine is not available: ${availability.reason ?? 'no reason given'}.`,
      503,
    );
  }
  return engine;
}
