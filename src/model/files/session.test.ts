import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document/document.ts';
import { loadFixture } from '../fixtures.testutil.ts';
import { makeSession, parseSession, SESSION_KIND } from './session.ts';
import type { Session } from './session.ts';
import { DEFAULT_VIEW_STATE } from './viewState.ts';

const response = loadFixture('table-kbo.v2.json');
const session: Session = {
  document: {
    name: 'kbo.png',
    type: 'image/png',
    bytes: Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) & 0xff),
  },
  runs: [
    {
      options: { engine: 'clova', version: 'V2', lang: 'ko', enableTableDetection: true, range: null },
      response,
    },
    {
      options: {
        engine: 'tesseract',
        version: 'V1',
        lang: 'ko,ja',
        enableTableDetection: false,
        range: [0, 9],
      },
      response: { version: 'V1', images: [] },
    },
  ],
  activeRun: 0,
  compareRun: 1,
  view: { ...DEFAULT_VIEW_STATE, page: 0, selection: { kind: 'word', id: 4 }, filterBelow: 0.9 },
  groundTruth: ['구분', null],
};

describe('session file', () => {
  it('round-trips through JSON text with no loss', () => {
    const file = makeSession(session, new Date('2025-01-02T03:04:05Z'));
    expect(file).toMatchObject({ kind: SESSION_KIND, version: 1, savedAt: '2025-01-02T03:04:05.000Z' });
    expect(file.document?.size).toBe(1000);
    const back = parseSession(JSON.stringify(file));
    expect(back).toEqual({ ok: true, value: session });
    // The stored response still builds the same document.
    if (back.ok) expect(buildDocument(back.value.runs[0].response)).toEqual(buildDocument(response));
  });

  it('holds a session without a document (a saved response only)', () => {
    const s = { ...session, document: null, compareRun: null };
    expect(parseSession(makeSession(s))).toEqual({ ok: true, value: s });
  });

  it('rejects what is not a session, with a reason', () => {
    expect(parseSession('{oops')).toEqual({ ok: false, error: 'not a JSON file' });
    expect(parseSession(response)).toEqual({ ok: false, error: 'not an OCR Inspector session file' });
    expect(parseSession(null)).toMatchObject({ ok: false });
    const file = makeSession(session);
    expect(parseSession({ ...file, version: 2 })).toEqual({
      ok: false,
      error: 'session version 2 is newer than this app reads (1)',
    });
    const badRun = { ...file, runs: [{ options: { ...session.runs[0].options, version: 'V3' }, response }] };
    const r = parseSession(badRun);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^invalid session file: runs\.0\.options\.version/);
  });

  it('rejects a damaged document and accepts a damaged view as the default view', () => {
    const file = makeSession(session);
    expect(parseSession({ ...file, document: { ...file.document, data: '***' } })).toEqual({
      ok: false,
      error: 'invalid session file: document.data is not base64',
    });
    expect(parseSession({ ...file, document: { ...file.document, size: 999 } })).toMatchObject({ ok: false });
    const v = parseSession({ ...file, view: 42 });
    expect(v.ok && v.value.view).toEqual(DEFAULT_VIEW_STATE);
  });

  it('drops run indexes that point past the runs and tolerates missing ground truth', () => {
    const file = makeSession(session);
    const { groundTruth: _omit, ...noTruth } = file;
    const r = parseSession({ ...noTruth, activeRun: 5 });
    expect(r.ok && r.value.activeRun).toBeNull();
    expect(r.ok && r.value.groundTruth).toEqual([]);
  });
});
