import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OcrResponseSchema, type Field } from '../../../clova/index.ts';
import { engineInputFor } from '../../../../test/support/engineInput.ts';
import { renderRuledTable } from '../../samples/ruledTable.ts';
import { TABLE_KO } from '../../samples/texts.ts';
import { photoSpecs, referenceWords, renderPhoto } from '../../../../test/support/photoSet/index.ts';
import { betterReading, isDigitGroup, rereadDigitGroups, rereadsDigits, wordCrop } from './digitReread.ts';
import { writePgm } from './raster/pgm.ts';
import { createTesseractEngine } from './index.ts';

describe('which words are digit groups', () => {
  it('takes digits with the punctuation of prices, dates and numbers, full-width too', () => {
    for (const w of ['4,500', '1', '02-123-4567', '2024/03/15', '12:30', '１２,０００', '(3)'])
      expect(isDigitGroup(w), w).toBe(true);
  });
  it('leaves words with letters, currency signs or no digit to the page’s languages', () => {
    for (const w of ['4,500원', '¥1,280', '1L', '합계', ',', '|', '', 'l'])
      expect(isDigitGroup(w), w).toBe(false);
  });
  it('re-reads only when `eng` was not among the page’s languages', () => {
    expect(rereadsDigits(['kor'])).toBe(true);
    expect(rereadsDigits(['jpn'])).toBe(true);
    expect(rereadsDigits(['kor', 'eng'])).toBe(false);
  });
});

describe('betterReading', () => {
  const first = { text: '4500', conf: 0 };
  it('takes eng’s single digit group when it scored higher', () => {
    expect(betterReading(first, [{ text: '4,500', conf: 96 }])).toEqual({ text: '4,500', conf: 96 });
  });
  it('keeps the first reading when eng split the word, read letters or scored lower', () => {
    expect(
      betterReading(first, [
        { text: '4,', conf: 96 },
        { text: '500', conf: 96 },
      ]),
    ).toBeUndefined();
    expect(betterReading(first, [{ text: '4,S00', conf: 96 }])).toBeUndefined();
    expect(betterReading({ text: '4,500', conf: 90 }, [{ text: '4,600', conf: 80 }])).toBeUndefined();
    expect(betterReading(first, [])).toBeUndefined();
  });
});

describe('wordCrop', () => {
  // A 40x20 page: paper 200, one dark word at x 10..20, y 5..15, a neighbour's ink at x 22.
  const width = 40;
  const height = 20;
  const data = new Uint8Array(width * height).fill(200);
  for (let y = 5; y < 15; y++) for (let x = 10; x < 20; x++) data[y * width + x] = x % 2 ? 20 : 200;
  for (let y = 0; y < height; y++) data[y * width + 22] = 0;
  const img = { data, width, height };

  it('cuts the box out and pads it with the word’s paper tone, not its neighbours', () => {
    const crop = wordCrop(img, { x0: 10, y0: 5, x1: 20, y1: 15 })!;
    expect(crop.width).toBe(10 + 2 * 4);
    expect(crop.height).toBe(10 + 2 * 4);
    const at = (x: number, y: number) => crop.data[y * crop.width + x];
    expect(at(4 + 1, 4 + 3)).toBe(20);
    expect(at(4, 4)).toBe(200);
    // Where the neighbour's column would fall, only paper.
    for (let y = 0; y < crop.height; y++) expect(at(crop.width - 1, y)).toBe(200);
  });

  it('skips specks and boxes off the page', () => {
    expect(wordCrop(img, { x0: 10, y0: 5, x1: 20, y1: 9 })).toBeUndefined();
    expect(wordCrop(img, { x0: 50, y0: 5, x1: 60, y1: 15 })).toBeUndefined();
  });
});

const dir = mkdtempSync(join(tmpdir(), 'digit-reread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The engine's fields for one image, with the digit re-read and without. */
async function readBoth(bytes: Buffer, format: string, lang: string) {
  const read = async (digitReread: 'auto' | 'off') => {
    const engine = createTesseractEngine({ tmpDir: dir, confidence: 'raw', digitReread });
    const out = await engine.run(engineInputFor(bytes, dir, { format, lang }));
    return OcrResponseSchema.parse(out.body).images[0].fields ?? [];
  };
  return Promise.all([read('auto'), read('off')]);
}

function expectOnlyDigitsChanged(auto: Field[], off: Field[]) {
  expect(auto.length).toBe(off.length);
  auto.forEach((f, i) => {
    expect(f.boundingPoly).toEqual(off[i].boundingPoly);
    if (!isDigitGroup(off[i].inferText)) expect(f).toEqual(off[i]);
  });
}

describe('rereadDigitGroups', () => {
  it('keeps the first reading when the re-read cannot run', async () => {
    const image = join(dir, 'grey.pgm');
    await writePgm(image, Buffer.alloc(60 * 30, 255), 60, 30);
    const runs = [{ text: '4500', conf: 0, box: { x0: 10, y0: 5, x1: 50, y1: 25 } }];
    const opts = {
      tesseractPath: join(dir, 'no-such-tesseract'),
      langs: ['kor'],
      workDir: join(dir, 'missing'),
      pageIndex: 0,
      signal: new AbortController().signal,
      digitReread: true,
    };
    expect(await rereadDigitGroups([runs], [image], opts)).toEqual([runs]);
  });
});

describe('the engine on the relay’s ruled-table sample, lang ko (kor without eng)', () => {
  let auto: Field[];
  let off: Field[];
  beforeAll(async () => {
    [auto, off] = await readBoth(await renderRuledTable({ rows: TABLE_KO, dpi: 150 }), 'png', 'ko');
  }, 120_000);

  it('reads every digit cell as printed, separators kept (kor alone reads 4,500 as 4500)', () => {
    const cells = TABLE_KO.flat().filter((c) => /^[\d,]+$/.test(c));
    const digits = auto.map((f) => f.inferText).filter(isDigitGroup);
    expect(digits.sort()).toEqual([...cells].sort());
  });

  it('changes nothing but digit groups, and keeps every word where it was', () => {
    expectOnlyDigitsChanged(auto, off);
  });
});

describe('the engine on a generated Korean receipt photo (line crops)', () => {
  // Tuning half, seed 1002: a thermal receipt whose prices kor reads as 14100, 2400, 19800.
  const spec = photoSpecs('tuning', 2).find((s) => s.lang === 'ko' && s.seed === 1002)!;
  let auto: Field[];
  let off: Field[];
  let known: Set<string>;
  beforeAll(async () => {
    const page = await renderPhoto(spec);
    known = new Set(referenceWords(page.text));
    [auto, off] = await readBoth(page.jpeg, 'jpg', 'ko');
  }, 120_000);

  it('reads more digit groups as printed, and none that was right becomes wrong', () => {
    const right = (fs: Field[]) => fs.filter((f) => isDigitGroup(f.inferText) && known.has(f.inferText));
    expect(right(auto).length).toBeGreaterThan(right(off).length);
    off.forEach((f, i) => {
      if (isDigitGroup(f.inferText) && known.has(f.inferText)) expect(auto[i].inferText).toBe(f.inferText);
    });
  });

  it('changes nothing but digit groups, and keeps every word where it was', () => {
    expectOnlyDigitsChanged(auto, off);
  });
});
