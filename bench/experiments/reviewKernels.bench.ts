import { bench, describe } from 'vitest';
import { compareDocuments } from '../../src/model/review/diff.ts';
import { levenshtein } from '../../src/model/review/editDistance.ts';
import { cer } from '../../src/model/review/metrics.ts';
import { buildDocument } from '../../src/model/document/document.ts';
import { image, response } from '../../src/model/responses.testutil.ts';
import type { FieldSpec } from '../../src/model/responses.testutil.ts';
import { scorePage } from '../../src/model/review/score.ts';
import { buildSearchIndex, searchIndex } from '../../src/model/review/search.ts';
import { pageText } from '../../src/model/document/text.ts';
import { seeded } from '../../src/model/words.testutil.ts';

/**
 * Timings of the review kernels at the sizes the app must handle: 20,000 words per document
 * (4 pages of 100 lines × 50 words), a second run with jittered boxes and changed words, and
 * a 5,000+ character page scored against a truth with scattered errors.
 * Run: npx vitest bench --run bench/experiments/reviewKernels.bench.ts
 */
const rnd = seeded(5);
const syllables = Array.from('가나다라마바사아자차카타파하합계금액원영수증0123456789');
const wordText = () =>
  Array.from(
    { length: 2 + Math.floor(rnd() * 4) },
    () => syllables[Math.floor(rnd() * syllables.length)],
  ).join('');

const layout: FieldSpec[][] = [0, 1, 2, 3].map(() => {
  const fields: FieldSpec[] = [];
  for (let r = 0; r < 100; r++) {
    for (let c = 0; c < 50; c++) {
      fields.push({
        text: wordText(),
        conf: 0.5 + rnd() / 2,
        x: c * 40,
        y: r * 30,
        w: 36,
        h: 24,
        lineBreak: c === 49,
      });
    }
  }
  return fields;
});

/** Run B: boxes jittered by up to ±2 px, 10 % of the texts changed, 10 % of the confidences moved. */
const second = layout.map((fields) =>
  fields.map((f) => ({
    ...f,
    x: f.x + (rnd() - 0.5) * 4,
    y: f.y + (rnd() - 0.5) * 4,
    text: rnd() < 0.1 ? `${f.text}X` : f.text,
    conf: rnd() < 0.1 ? (f.conf ?? 1) - 0.2 : f.conf,
  })),
);
const doc = (pages: FieldSpec[][]) =>
  buildDocument(response(pages.map((fields, p) => image(p, fields, { width: 2000, height: 3000 }))));
const a = doc(layout);
const b = doc(second);
const searchable = buildSearchIndex(a);
const truth = (() => {
  const chars = Array.from(pageText(a, 0));
  return chars.map((ch) => (rnd() < 0.05 ? '?' : ch)).join('');
})();

// 5,000 characters with 5 % of them substituted, dropped or doubled.
const page5k = Array.from(pageText(a, 0))
  .filter((ch) => ch.trim())
  .slice(0, 5000);
const read5k = page5k.flatMap((ch) => {
  const r = rnd();
  return r < 0.02 ? ['?'] : r < 0.035 ? [] : r < 0.05 ? [ch, ch] : [ch];
});

describe('review kernels (20,000 words)', () => {
  bench('levenshtein with alignment, 5,000 chars', () => {
    levenshtein(page5k, read5k);
  });
  bench('cer (distance only), 5,000 chars', () => {
    cer(page5k.join(''), read5k.join(''));
  });
  bench('compareDocuments, 2 × 20,000 words', () => {
    compareDocuments(a, b);
  });
  bench('buildSearchIndex', () => {
    buildSearchIndex(a);
  });
  bench('searchIndex, one query', () => {
    searchIndex(a, searchable, '합계');
  });
  bench(`scorePage, ${Array.from(truth).length} chars, 5% errors`, () => {
    scorePage(a, 0, truth);
  });
});
