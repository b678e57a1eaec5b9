import { describe, expect, it } from 'vitest';
import { planOpen } from './planOpen.ts';
import type { OpenCandidate } from './planOpen.ts';

const doc = (name: string, size = 10): OpenCandidate<string> => ({
  file: name,
  name,
  size,
  kind: { kind: 'document', format: 'png' },
});
const json = (name: string): OpenCandidate<string> => ({ file: name, name, size: 5, kind: { kind: 'json' } });

describe('planOpen', () => {
  it('pairs a document with its response in any order', () => {
    const p = planOpen([json('r.json'), doc('p.png')]);
    expect(p.document).toEqual({ file: 'p.png', format: 'png' });
    expect(p.json).toBe('r.json');
    expect(p.errors).toEqual([]);
  });
  it('opens a response on its own', () => {
    const p = planOpen([json('r.json')]);
    expect(p.document).toBeNull();
    expect(p.json).toBe('r.json');
  });
  it('refuses unsupported and oversized files but still opens the rest', () => {
    const p = planOpen([
      { file: 'x.gif', name: 'x.gif', size: 3, kind: { kind: 'unsupported' } },
      doc('huge.pdf', 60 * 1024 * 1024),
      doc('ok.png'),
    ]);
    expect(p.errors).toHaveLength(2);
    expect(p.document?.file).toBe('ok.png');
  });
  it('ignores a second document', () => {
    const p = planOpen([doc('a.png'), doc('b.png')]);
    expect(p.document?.file).toBe('a.png');
    expect(p.ignored).toEqual(['b.png']);
  });
});
