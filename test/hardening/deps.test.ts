import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
// CVE-2024-4367 (arbitrary JavaScript through a crafted font) is fixed from pdf.js 4.2.67 on.
const FIXED = [4, 2, 67];

const version = (v: string) =>
  v
    .replace(/^[^\d]*/, '')
    .split(/[.-]/)
    .slice(0, 3)
    .map(Number);
const atLeast = (v: number[], min: number[]) => {
  for (let i = 0; i < 3; i++) if (v[i] !== min[i]) return v[i] > min[i];
  return true;
};

/** The text of every `getDocument({ ... })` argument in the app's sources. */
async function getDocumentCalls(): Promise<Array<{ file: string; options: string }>> {
  const calls: Array<{ file: string; options: string }> = [];
  const dir = join(ROOT, 'src/app');
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !/\.tsx?$/.test(e.name) || /\.test\.tsx?$/.test(e.name)) continue;
    const file = join(e.parentPath, e.name);
    const text = await readFile(file, 'utf8');
    for (let at = text.indexOf('getDocument('); at >= 0; at = text.indexOf('getDocument(', at + 1)) {
      // The argument runs to the parenthesis that closes the call.
      let depth = 0;
      let end = at + 'getDocument'.length;
      do {
        if (text[end] === '(') depth++;
        else if (text[end] === ')') depth--;
        end++;
      } while (depth > 0 && end < text.length);
      calls.push({ file, options: text.slice(at, end) });
    }
  }
  return calls;
}

describe('dependencies', () => {
  it('pdf.js is installed, and pinned in package.json, at a version with the CVE-2024-4367 fix', async () => {
    const installed = JSON.parse(await readFile(join(ROOT, 'node_modules/pdfjs-dist/package.json'), 'utf8'));
    expect(atLeast(version(installed.version), FIXED), installed.version).toBe(true);
    const range = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).dependencies['pdfjs-dist'];
    // The lowest version the range allows must be fixed too, so a fresh install cannot go back.
    expect(range).toMatch(/^[\^~]?\d+\.\d+\.\d+$/);
    expect(atLeast(version(range), FIXED), range).toBe(true);
  });

  it('every pdf.js document the app opens has eval off and an image size cap', async () => {
    const calls = await getDocumentCalls();
    expect(calls.length).toBeGreaterThan(0);
    for (const { file, options } of calls) {
      expect(options, file).toMatch(/isEvalSupported:\s*false/);
      expect(options, file).toMatch(/maxImageSize:\s*[\d_]+/);
    }
  });
});
