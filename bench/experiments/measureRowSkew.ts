/**
 * Tesseract's row finding (textord make_rows) on clean multi-line pages: CER per page of one
 * tesseract run with the engine's own arguments plus the `-c` settings given after them (later
 * settings win), e.g. tesseract's default lag against the engine's (recognisePage.ts):
 *   node --import tsx bench/experiments/measureRowSkew.ts -c textord_skew_lag=0.02
 *   node --import tsx bench/experiments/measureRowSkew.ts
 * Measured 2026-12-07: default 0.02 mean CER 0.0347 (the 32-line repeated Korean page 0.804);
 * 0.05, 0.1, 0.2 and 0.5 all read that page right, 0.2 and 0.5 leave every other page unchanged.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { runChild } from '../../src/server/engines/tesseract/processes/runChild.ts';
import { tesseractArgs, toRunLines } from '../../src/server/engines/tesseract/recognisePage.ts';
import { tesseractLangs } from '../../src/server/engines/tesseract/languages.ts';
import { cer } from '../../src/model/review/metrics.ts';
import { renderTextPage } from '../../test/support/documents.ts';
import { sampleLines, type DocLang } from '../../test/support/sampleText.ts';

const rand = (seed: number) => () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const langs: [DocLang, DocLang][] = [
  ['ko', 'ko'],
  ['ja', 'ja'],
  ['zh-TW', 'zh-TW'],
  ['en', 'en'],
];
const dir = await mkdtemp(join(tmpdir(), 'rowskew-'));
const signal = new AbortController().signal;
const extra = process.argv.slice(2);
const rows: string[] = [];
let sum = 0;
let n = 0;
try {
  for (const [docLang, lang] of langs) {
    const sample = sampleLines(docLang);
    const cjk = docLang !== 'en';
    const units = sample.flatMap((l) =>
      cjk ? l.replace(/[。.，、]/g, '').split(/(?<=\S{2})/u) : l.split(' '),
    );
    for (const [count, kind, dpi, deg] of [
      [32, 'repeat', 300, 0],
      [32, 'mixed', 300, 0],
      [16, 'mixed', 200, 0],
      [24, 'mixed', 200, 0.3],
      [24, 'mixed', 300, -0.4],
      [12, 'repeat', 200, 0],
      [32, 'mixed', 200, 0.2],
    ] as const) {
      const r = rand(count * 7 + dpi + Math.round(deg * 10));
      const lines = Array.from({ length: count }, (_, i) => {
        if (kind === 'repeat') return sample[i % sample.length];
        const k = 4 + Math.floor(r() * 6);
        return Array.from({ length: k }, () => units[Math.floor(r() * units.length)]).join(cjk ? '' : ' ');
      });
      let png = await renderTextPage({ lines, lang: docLang, dpi });
      if (deg) png = await sharp(png).rotate(deg, { background: '#ffffff' }).png().toBuffer();
      const path = join(dir, `${lang}-${count}-${kind}-${dpi}-${deg}.png`);
      await writeFile(path, png);
      const out = join(dir, `out-${n}`);
      const args = tesseractArgs({ path, dpi }, out, tesseractLangs([lang]));
      // The extra settings go before the output formats, after the engine's own.
      args.splice(args.length - 2, 0, ...extra);
      await runChild('tesseract', args, { signal, env: { OMP_THREAD_LIMIT: '1' } });
      const read = toRunLines(await readFile(`${out}.tsv`, 'utf8'), await readFile(`${out}.txt`, 'utf8'));
      const text = read.map((l) => l.runs.map((x) => x.text).join(cjk ? '' : ' ')).join('\n');
      const truth = cjk ? lines.map((l) => l.replace(/\s+/g, '')).join('\n') : lines.join('\n');
      const c = cer(truth, cjk ? text.replace(/ +/g, '') : text);
      sum += c;
      n++;
      rows.push(
        `${lang.padEnd(6)} ${String(count).padStart(2)} ${kind.padEnd(6)} ${dpi} ${String(deg).padStart(4)}°  CER ${c.toFixed(3)}`,
      );
    }
  }
  console.log(`extra settings: [${extra.join(' ')}]`);
  console.log(rows.join('\n'));
  console.log(`mean CER ${(sum / n).toFixed(4)} over ${n} pages`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
