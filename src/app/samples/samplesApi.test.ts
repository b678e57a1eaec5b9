import { describe, expect, it } from 'vitest';
import { parseSamples, sampleFileName } from './samplesApi.ts';

const one = {
  id: 'ruled-table',
  title: 'Ruled table',
  format: 'png',
  pages: 1,
  lang: 'ko',
  enableTableDetection: true,
} as const;

describe('parseSamples', () => {
  it('reads the relay list, keeping unknown fields', () => {
    const [s] = parseSamples({ samples: [{ ...one, extra: 1 }] });
    expect(s).toMatchObject(one);
    expect(sampleFileName(s)).toBe('ruled-table.png');
  });

  it('rejects a list with an unknown format or language', () => {
    expect(() => parseSamples({ samples: [{ ...one, format: 'gif' }] })).toThrow(/does not understand/);
    expect(() => parseSamples({ samples: [{ ...one, lang: 'fr' }] })).toThrow(/does not understand/);
    expect(() => parseSamples([one])).toThrow();
  });

  it('names a TIFF sample .tif', () => {
    expect(sampleFileName({ ...one, id: 't', format: 'tiff' })).toBe('t.tif');
  });
});
