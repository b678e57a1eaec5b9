import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { encryptedPdf, nestedFlatePdf, pagesPdf, zeroPagePdf } from './hostilePdfs.ts';
import { PAGE_TEXT } from './pdfWriter.ts';

const run = promisify(execFile);
let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hostile-pdf-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What poppler makes of a file: its page count and text, or its error. */
async function poppler(pdf: Buffer, password?: string) {
  const path = join(dir, `f${n++}.pdf`);
  await writeFile(path, pdf);
  const pw = password === undefined ? [] : ['-upw', password];
  try {
    const info = await run('pdfinfo', [...pw, path]);
    const text = await run('pdftotext', [...pw, path, '-']);
    return { pages: Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]), text: text.stdout, info: info.stdout };
  } catch (err) {
    return { error: String((err as { stderr?: string }).stderr) };
  }
}

// These files are the bad-input suite's evidence: each must really be what its name says.
describe('hostile PDFs, as poppler reads them', () => {
  it('pagesPdf has the pages asked for, each with the test text', async () => {
    const got = await poppler(pagesPdf(11));
    expect(got.pages).toBe(11);
    expect(got.text?.split('\f').filter((p) => p.includes(PAGE_TEXT))).toHaveLength(11);
  });

  it('zeroPagePdf parses but has no page', async () => {
    expect((await poppler(zeroPagePdf())).error).toMatch(/page count 0|Wrong page range/);
  });

  it('nestedFlatePdf is under 2 KB and inflates three times over to its text', async () => {
    const pdf = nestedFlatePdf(3, 16 * 1024 * 1024);
    expect(pdf.length).toBeLessThan(2048);
    expect(pdf.toString('latin1')).toContain('/Filter [/FlateDecode /FlateDecode /FlateDecode]');
    expect((await poppler(pdf)).text).toContain(PAGE_TEXT);
  });

  it('encryptedPdf needs its user password, and only that one', async () => {
    const pdf = encryptedPdf('user-pw');
    expect((await poppler(pdf)).error).toMatch(/Incorrect password/);
    expect((await poppler(pdf, 'wrong')).error).toMatch(/Incorrect password/);
    const opened = await poppler(pdf, 'user-pw');
    expect(opened.info).toMatch(/Encrypted:\s+yes .*RC4/);
    expect(opened.text).toContain(PAGE_TEXT);
  });

  it('encryptedPdf with an empty user password opens for anyone, still encrypted', async () => {
    const got = await poppler(encryptedPdf(''));
    expect(got.info).toMatch(/Encrypted:\s+yes/);
    expect(got.text).toContain(PAGE_TEXT);
  });
});
