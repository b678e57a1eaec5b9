/**
 * Local measurement of issue 17 §2 (the fixture is not shipped): the KBO table PDF from
 * ../shared/fixtures rendered at 72 dpi (as the AutoRAG CLOVA parser sends it: PyMuPDF's default
 * get_pixmap()) and at 200 dpi, read by the embedded engine; bag-of-characters CER against
 * CLOVA's text for that page, next to plain `tesseract -l kor+eng` on the same renders.
 *   node --import tsx bench/experiments/measureKboLowres.ts
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createTesseractEngine } from '../../src/server/engines/tesseract/index.ts';
import { cer, engineText, loadPhotoDocs, plainTesseractText, sharedImages } from '../photoCer.ts';

const run = promisify(execFile);
const f = (x: number) => x.toFixed(3);

const workDir = await mkdtemp(path.join(os.tmpdir(), 'kbo-lowres-'));
try {
  if (!existsSync(sharedImages))
    throw new Error(`${sharedImages} not found: this measurement needs the fixtures`);
  const kbo = (await loadPhotoDocs(workDir))?.find((d) => d.name === 'kbo72');
  if (!kbo) throw new Error('no KBO fixture');
  const render200 = path.join(workDir, 'table-kbo-200dpi');
  const pdf = path.join(sharedImages, 'table-kbo.pdf');
  await run('pdftoppm', ['-r', '200', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, render200]);
  const engine = createTesseractEngine({ tmpDir: workDir, concurrency: 1 });
  for (const [name, image] of [
    ['72 dpi', kbo.image],
    ['200 dpi', `${render200}.png`],
  ] as const) {
    const doc = { image, format: 'png' };
    const ours = await engineText(engine, doc, workDir);
    const plain = await plainTesseractText(image);
    const ce = cer(kbo.reference, ours.text);
    const cp = cer(kbo.reference, plain.text);
    console.log(
      `KBO ${name}: engine bag ${f(ce.bag)} (line-sorted ${f(ce.lineSorted)}, ${Math.round(ours.ms)} ms); ` +
        `plain tesseract bag ${f(cp.bag)} (line-sorted ${f(cp.lineSorted)})`,
    );
    if (process.argv.includes('--text')) console.log(ours.text);
  }
} finally {
  await rm(workDir, { recursive: true, force: true });
}
