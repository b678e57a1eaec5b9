import { describe, expect, it } from 'vitest';
import { chunks, uploadable } from './useAddDocuments.ts';
import { inboxFiles } from './inbox.ts';

const file = (name: string, type = '') => new File(['x'], name, { type });
const names = (fs: File[]) => fs.map((f) => f.name);

describe('adding documents', () => {
  it('sends documents, responses and zips; skips hidden files and says which others it skipped', () => {
    const r = uploadable([
      file('a.png'),
      file('b.PDF'),
      file('.DS_Store'),
      file('notes.txt'),
      file('a.json'),
      file('x.zip'),
    ]);
    expect(names(r.send)).toEqual(['a.png', 'b.PDF', 'a.json', 'x.zip']);
    expect(r.skipped).toEqual(['notes.txt']);
  });

  it('chunks uploads, never separating a document from its name.json', () => {
    const fs = [file('a.png'), file('b.png'), file('c.png'), file('b.json')];
    const parts = chunks(fs, 2);
    expect(parts.map(names)).toEqual([['a.png'], ['b.png', 'b.json'], ['c.png']]);
    expect(
      chunks(
        Array.from({ length: 20 }, (_, i) => file(`${i}.png`)),
        8,
      ).map((p) => p.length),
    ).toEqual([8, 8, 4]);
  });
});

describe('the Inbox', () => {
  it('keeps the documents of a drop and a response named like one of them, nothing else', () => {
    expect(names(inboxFiles([file('scan.tif'), file('scan.json'), file('other.json')]))).toEqual([
      'scan.tif',
      'scan.json',
    ]);
    expect(names(inboxFiles([file('photo', 'image/jpeg')]))).toEqual(['photo']);
  });

  it('keeps nothing of a response opened alone or a session file', () => {
    expect(inboxFiles([file('resp.json')])).toEqual([]);
    expect(inboxFiles([file('session.ocr-session.json')])).toEqual([]);
  });
});
