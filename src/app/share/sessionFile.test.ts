import { describe, expect, it } from 'vitest';
import { isSessionFile, savedOf } from './sessionFile.ts';

const file = (name: string, text: string, type = '') => new File([text], name, { type });

describe('isSessionFile', () => {
  it('knows a session by its name or by its kind tag', async () => {
    expect(await isSessionFile([file('a.ocrsession.json', '{}')])).toBe(true);
    expect(await isSessionFile([file('a.json', '{"kind":"ocr-inspector-session","version":1}')])).toBe(true);
    expect(await isSessionFile([file('download-1234', '{"kind":"ocr-inspector-session"}')])).toBe(true);
  });
  it('leaves CLOVA responses, documents and multi-file drops alone', async () => {
    expect(await isSessionFile([file('r.json', '{"version":"V2","images":[]}')])).toBe(false);
    expect(await isSessionFile([file('p.png', '"ocr-inspector-session"', 'image/png')])).toBe(false);
    expect(await isSessionFile([file('a.ocrsession.json', '{}'), file('p.png', '')])).toBe(false);
  });
});

describe('savedOf', () => {
  it('reads the opened response a session carries, and ignores a malformed one', () => {
    expect(savedOf({ saved: { name: 'r.json', json: { a: 1 } } })).toEqual({
      name: 'r.json',
      json: { a: 1 },
    });
    expect(savedOf({ saved: { name: 3 } })).toBeNull();
    expect(savedOf({})).toBeNull();
    expect(savedOf(null)).toBeNull();
  });
});
