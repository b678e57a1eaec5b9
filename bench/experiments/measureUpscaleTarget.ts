/**
 * Which text height tesseract reads best (issue 17 §2): generated Korean and English pages
 * rendered at 72 dpi in 8, 10 and 12 pt, enlarged so their median glyph height (textHeight.ts, as
 * the engine estimates it) reaches each candidate target, read with the engine's tesseract
 * arguments; CER against the known text. The chosen value is TARGET_GLYPH_HEIGHT in upscaleFactor.ts.
 *   node --import tsx bench/experiments/measureUpscaleTarget.ts [targets, e.g. 14,20,26,32]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { cer } from '../../src/model/review/metrics.ts';
import { analysePage } from '../../src/server/engines/tesseract/preprocess/pageAnalysis.ts';
import { recognisePage } from '../../src/server/engines/tesseract/recognisePage.ts';
import { tesseractLangs } from '../../src/server/engines/tesseract/languages.ts';
import { renderTextPage, type DocLang } from '../../test/support/documents.ts';
import { sampleLines } from '../../test/support/sampleText.ts';

const targets = (process.argv[2] ?? '0,14,20,26,32,40').split(',').map(Number);
const dir = await mkdtemp(path.join(os.tmpdir(), 'upscale-target-'));
try {
  const pages: { name: string; file: string; text: string; glyph: number; width: number; height: number }[] =
    [];
  for (const lang of ['ko', 'en'] as DocLang[])
    for (const pt of [8, 10, 12]) {
      const lines = sampleLines(lang);
      const file = path.join(dir, `${lang}-${pt}.png`);
      await writeFile(file, await renderTextPage({ lines, lang, dpi: 72, fontSize: pt, height: 200 }));
      const a = await analysePage(file);
      pages.push({ name: `${lang} ${pt}pt`, file, text: lines.join('\n'), glyph: a.glyphHeight ?? 0, ...a });
    }
  console.log(
    `| target glyph px (0 = as rendered) | ${pages.map((p) => `${p.name} (glyph ${p.glyph})`).join(' | ')} | mean |`,
  );
  for (const target of targets) {
    const cers: number[] = [];
    for (const [i, p] of pages.entries()) {
      const scale = target === 0 ? 1 : target / p.glyph;
      const file = path.join(dir, `up-${i}-${target}.png`);
      await sharp(p.file)
        .grayscale()
        .resize(Math.round(p.width * scale), Math.round(p.height * scale), {
          fit: 'fill',
          kernel: 'lanczos3',
        })
        .png()
        .toFile(file);
      const langs = tesseractLangs([p.name.startsWith('ko') ? 'ko' : 'en']);
      const lines = await recognisePage(
        { path: file, width: 0, height: 0 },
        {
          tesseractPath: 'tesseract',
          langs,
          workDir: dir,
          pageIndex: i,
          signal: new AbortController().signal,
        },
      );
      cers.push(cer(p.text, lines.map((l) => l.runs.map((r) => r.text).join(' ')).join('\n')));
    }
    const mean = cers.reduce((s, c) => s + c, 0) / cers.length;
    console.log(`| ${target} | ${cers.map((c) => c.toFixed(3)).join(' | ')} | ${mean.toFixed(3)} |`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
