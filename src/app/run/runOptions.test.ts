import { describe, expect, it } from 'vitest';
import { buildMessage, clampRange, toRunOptions } from './runOptions.ts';
import { MultipartMessageSchema } from '../../clova/index.ts';
import type { OptionsForm } from '../ui/uiStore.ts';

const form: OptionsForm = {
  engine: 'tesseract',
  version: 'V2',
  langs: ['ja', 'ko'],
  enableTableDetection: true,
  range: [3, 20],
};

describe('toRunOptions', () => {
  it('orders languages canonically so the same choice gives the same cache key', () => {
    const a = toRunOptions(form, 'png', 1);
    const b = toRunOptions({ ...form, langs: ['ko', 'ja'] }, 'png', 1);
    expect(a).toEqual(b);
    expect(a.lang).toBe('ko,ja');
  });
  it('keeps a page range only for a PDF over 10 pages', () => {
    expect(toRunOptions(form, 'png', 1).range).toBeNull();
    expect(toRunOptions(form, 'pdf', 8).range).toBeNull();
    expect(toRunOptions(form, 'pdf', 30).range).toEqual([3, 12]);
    expect(toRunOptions({ ...form, range: null }, 'pdf', 30).range).toEqual([0, 9]);
  });
});

describe('clampRange', () => {
  it('keeps the range inside the document and at most 10 pages', () => {
    expect(clampRange([25, 40], 30)).toEqual([25, 29]);
    expect(clampRange([-5, 2], 30)).toEqual([0, 2]);
    expect(clampRange([8, 3], 30)).toEqual([8, 8]);
  });
});

describe('buildMessage', () => {
  it('is a valid CLOVA multipart message', () => {
    const m = buildMessage(toRunOptions(form, 'png', 1), 'scan.png', 'png', 42);
    expect(MultipartMessageSchema.safeParse(m).success).toBe(true);
    expect(m).toMatchObject({ version: 'V2', lang: 'ko,ja', timestamp: 42, enableTableDetection: true });
    expect(m.images).toEqual([{ format: 'png', name: 'scan.png' }]);
  });
  it('omits lang when none is chosen, so the domain default applies', () => {
    const m = buildMessage(
      toRunOptions({ ...form, langs: [], enableTableDetection: false }, 'png', 1),
      'a',
      'png',
    );
    expect('lang' in m).toBe(false);
    expect('enableTableDetection' in m).toBe(false);
  });
});
