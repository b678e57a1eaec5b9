import { describe, expect, it } from 'vitest';
import { RelayError } from '../errors.ts';
import { defaultEngineName, selectEngine } from './selectEngine.ts';
import { fakeEngine } from '../../../test/support/fakeEngine.ts';
import { Secret } from '../util/secret.ts';

const clovaCfg = {
  invokeUrl: 'http://127.0.0.1:1/general',
  secret: new Secret('s'),
  timeoutMs: 1,
  maxConcurrency: 1,
  maxRetries: 0,
  maxQueue: 0,
};
const engines = {
  clova: fakeEngine('clova', {
    availability: { available: false, reason: 'CLOVA_OCR_INVOKE_URL and CLOVA_OCR_SECRET are not set' },
  }),
  tesseract: fakeEngine('tesseract'),
};

describe('defaultEngineName', () => {
  it('prefers OCR_ENGINE, then clova when configured, then tesseract', () => {
    expect(defaultEngineName({ engine: 'tesseract', clova: clovaCfg })).toBe('tesseract');
    expect(defaultEngineName({ clova: clovaCfg })).toBe('clova');
    expect(defaultEngineName({})).toBe('tesseract');
  });
});

describe('selectEngine', () => {
  it('follows the header, case-insensitively, over the default', async () => {
    expect((await selectEngine(' Tesseract ', { clova: clovaCfg }, engines)).name).toBe('tesseract');
    expect((await selectEngine(undefined, {}, engines)).name).toBe('tesseract');
  });

  it('refuses an unknown engine name with 0022', async () => {
    await expect(selectEngine('gpt', {}, engines)).rejects.toMatchObject({ code: '0022', status: 400 });
  });

  it('refuses an unavailable engine with its reason', async () => {
    const err = await selectEngine('clova', {}, engines).catch((e: RelayError) => e);
    expect(err).toBeInstanceOf(RelayError);
    expect(err).toMatchObject({ code: '0500', status: 503 });
    expect((err as RelayError).message).toContain('CLOVA_OCR_INVOKE_URL and CLOVA_OCR_SECRET are not set');
  });
});
