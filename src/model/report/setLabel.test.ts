import { describe, expect, it } from 'vitest';
import { setLabel } from './setLabel.ts';

describe('setLabel', () => {
  it('spells out engine, languages and table detection', () => {
    expect(setLabel('clova|V2|ko,ja|false')).toBe('CLOVA V2 · Korean + Japanese');
    expect(setLabel('tesseract|V2|ko|true')).toBe('Tesseract (offline) V2 · Korean · with table detection');
    expect(setLabel('clova|V1|zh-TW,en|false')).toBe('CLOVA V1 · Traditional Chinese + English');
  });

  it('says when the language is left to the engine, and keeps what it does not know', () => {
    expect(setLabel('clova|V2||false')).toBe('CLOVA V2 · language detected automatically');
    expect(setLabel('other|V9|xx|false')).toBe('other V9 · xx');
    expect(setLabel('imported')).toBe('imported');
  });
});
