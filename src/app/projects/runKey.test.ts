import { describe, expect, it } from 'vitest';
import { hashKey } from '@tanstack/react-query';
import { toRunOptions as formRunOptions } from '../run/runOptions.ts';
import { runKey } from '../document/runs.ts';
import { keyLabel, optionsKey, toRunOptions, toStoredOptions } from './runKey.ts';

describe('option-set keys', () => {
  it("is the store's canonical engine|version|lang|tables", () => {
    expect(
      optionsKey({ engine: 'tesseract', version: 'V2', lang: 'ko,ja', enableTableDetection: false }),
    ).toBe('tesseract|V2|ko,ja|false');
  });

  it('gives the same key for the form whatever order the languages were clicked in', () => {
    const form = (langs: ('ko' | 'ja')[]) =>
      formRunOptions(
        { engine: 'clova', version: 'V1', langs, enableTableDetection: true, range: null },
        null,
        0,
      );
    expect(optionsKey(form(['ja', 'ko']))).toBe(optionsKey(form(['ko', 'ja'])));
    expect(optionsKey(form(['ja', 'ko']))).toBe('clova|V1|ko,ja|true');
  });

  it("puts a stored run under the very cache key the viewer's run of the same options uses", () => {
    const stored = { engine: 'tesseract', version: 'V2' as const, lang: 'ko,ja', enableTableDetection: true };
    const live = formRunOptions(
      { engine: 'tesseract', version: 'V2', langs: ['ja', 'ko'], enableTableDetection: true, range: null },
      'png',
      1,
    );
    expect(hashKey(runKey('abc', toRunOptions(stored)))).toBe(hashKey(runKey('abc', live)));
    expect(toStoredOptions(live)).toEqual(stored);
  });

  it('labels a key for people', () => {
    expect(keyLabel('tesseract|V2|ko,ja|true')).toBe('tesseract · V2 · ko,ja · tables');
    expect(keyLabel('clova|V1||false')).toBe('clova · V1 · auto lang');
    expect(keyLabel('imported')).toBe('imported');
  });
});
