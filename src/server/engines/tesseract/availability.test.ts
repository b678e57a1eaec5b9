import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAvailability, listLanguages } from './availability.ts';

describe('tesseract availability', () => {
  it('lists the installed languages of the real tesseract', async () => {
    const langs = await listLanguages('tesseract');
    expect(langs).toEqual(expect.arrayContaining(['kor', 'jpn', 'chi_tra', 'eng']));
    expect(langs.some((l) => l.includes(' '))).toBe(false);
  });

  it('reports available with all four languages and PDF support on this machine', async () => {
    const a = await checkAvailability('tesseract');
    expect(a.available).toBe(true);
    expect(a.reason).toBeUndefined();
    expect(a.details).toEqual({ languages: ['kor', 'jpn', 'chi_tra', 'eng'], pdf: true });
  });

  it('names the packages of missing languages and stays available with one language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-tesseract-'));
    try {
      const fake = join(dir, 'tesseract');
      writeFileSync(fake, '#!/bin/sh\necho "List of available languages in /x/ (2):"\necho eng\necho osd\n');
      chmodSync(fake, 0o755);
      const a = await checkAvailability(fake);
      expect(a.available).toBe(true);
      expect(a.details).toMatchObject({ languages: ['eng'] });
      expect(a.reason).toContain('apt-get install tesseract-ocr-kor');
      expect(a.reason).toContain('apt-get install tesseract-ocr-chi-tra');
      expect(a.reason).not.toContain('tesseract-ocr-eng');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the package to install when tesseract is missing', async () => {
    const a = await checkAvailability('/nonexistent/tesseract');
    expect(a.available).toBe(false);
    expect(a.reason).toContain('apt-get install tesseract-ocr');
    expect(a.details).toEqual({ languages: [] });
  });

  it('reads the languages from the list it is given (the one runs check against)', async () => {
    let asked = 0;
    const a = await checkAvailability('/nonexistent/tesseract', async () => {
      asked++;
      return ['jpn', 'osd'];
    });
    expect(asked).toBe(1);
    expect(a.available).toBe(true);
    expect(a.details).toMatchObject({ languages: ['jpn'] });
  });
});
