import { describe, expect, it } from 'vitest';
import { engineHeaders, parseEngines } from './engines.ts';

describe('parseEngines', () => {
  it('reads the list, keeps why an engine is unavailable and prefers the available default', () => {
    const list = parseEngines({
      engines: [
        { name: 'clova', available: false, reason: 'CLOVA_OCR_SECRET is not set' },
        { name: 'tesseract', available: true, details: { langs: ['kor'] } },
      ],
      default: 'clova',
    });
    expect(list.engines[0]).toMatchObject({
      name: 'clova',
      available: false,
      reason: 'CLOVA_OCR_SECRET is not set',
    });
    expect(list.engines[1].label).toMatch(/Tesseract/);
    expect(list.preferred).toBe('tesseract');
    expect(list.accessKeyRequired).toBe(false);
  });
  it('says when the relay wants its access key', () => {
    expect(parseEngines({ engines: [], accessKeyRequired: true }).accessKeyRequired).toBe(true);
  });
  it('accepts a bare array', () => {
    expect(parseEngines([{ name: 'x', available: true }]).preferred).toBe('x');
  });
  it('refuses something else', () => {
    expect(() => parseEngines({ nope: 1 })).toThrow(/engine list/);
  });
});

describe('engineHeaders', () => {
  it('names the engine in X-OCR-Engine, or leaves the choice to the relay', () => {
    expect(engineHeaders('tesseract')).toEqual({ 'X-OCR-Engine': 'tesseract' });
    expect(engineHeaders('')).toEqual({});
    expect(engineHeaders('clova', 'k')).toEqual({ 'X-OCR-Engine': 'clova', 'X-OCR-SECRET': 'k' });
  });
});
