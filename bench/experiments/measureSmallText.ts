/**
 * Issue 17 §2: how the enlarged copy of very small text (6–8 pt at 72 dpi, glyphs 5–7 px, as on
 * the KBO table page) should be made. Generated Korean/English pages (not the KBO page, not the
 * bench's pages), enlarged by each variant, read with the engine's tesseract arguments (kor+eng,
 * psm 4); bag-of-characters CER against the known text (order-free, like the KBO figure).
 *   node --import tsx bench/experiments/measureSmallText.ts [variants, e.g. base,sharpen,t28]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { bagOfCharsCer } from '../../src/model/review/metrics.ts';
import { analysePage } from '../../src/server/engines/tesseract/preprocess/pageAnalysis.ts';
import { otsuThreshold } from '../../src/server/engines/tesseract/preprocess/otsuThreshold.ts';
import { recognisePage } from '../../src/server/engines/tesseract/recognisePage.ts';
import { recogniseSmallText } from '../../src/server/engines/tesseract/cjkReread.ts';
import { renderTextPage } from '../../test/support/documents.ts';

const LINES = [
  '회의는 3월 15일 오후 2시에 본관 회의실에서 열립니다.',
  '신입사원 교육 일정은 홈페이지에서 확인하실 수 있습니다.',
  '복사용지 A4 재고 1,240 입고일 2024-07-01 서류봉투 8,800',
  '고객 간담회 Room 301 참가비 7,500원 물류창고 안전 점검',
  '판정의 공정성과 일관성을 높이기 위해 새로운 시스템을 도입합니다.',
  '경기 시간 단축을 위해 투구 간격 제한 규정을 적용합니다.',
  'The meeting will be held on March 15 at 2 pm in the main hall.',
  '선수 등록 마감은 매년 1월 31일이며 변경 사항은 공지합니다.',
];

/** A second sample with more English in it (the CJK-only model reads Latin worse). */
const LINES_B = [
  '주문번호 A-20931 배송지 서울시 강남구 테헤란로 152',
  'Invoice total 48,900 KRW including VAT 4,445',
  '담당자 연락처 010-2345-6789 이메일 문의 가능',
  '제품 사양은 Model X200 기준이며 예고 없이 변경될 수 있습니다.',
  'Delivery within 3 business days after payment.',
  '반품 및 교환은 수령 후 7일 이내에 신청해 주십시오.',
];

type Variant = {
  kernel: 'lanczos3' | 'cubic' | 'mitchell' | 'linear';
  target: number;
  max: number;
  post?: (s: Sharp) => Sharp;
  binarise?: boolean;
  /** Read as the engine reads upscaled pages: kor+eng, then the CJK-only re-read merged in. */
  reread?: boolean;
};
const VARIANTS: Record<string, Variant> = {
  asis: { kernel: 'lanczos3', target: 0, max: 1 },
  base: { kernel: 'lanczos3', target: 20, max: 4 },
  cubic: { kernel: 'cubic', target: 20, max: 4 },
  mitchell: { kernel: 'mitchell', target: 20, max: 4 },
  linear: { kernel: 'linear', target: 20, max: 4 },
  sharpen: { kernel: 'lanczos3', target: 20, max: 4, post: (s) => s.sharpen({ sigma: 1 }) },
  sharpen2: { kernel: 'lanczos3', target: 20, max: 4, post: (s) => s.sharpen({ sigma: 2 }) },
  binarise: { kernel: 'lanczos3', target: 20, max: 4, binarise: true },
  t24: { kernel: 'lanczos3', target: 24, max: 6 },
  t28: { kernel: 'lanczos3', target: 28, max: 6 },
  t32: { kernel: 'lanczos3', target: 32, max: 8 },
  t16: { kernel: 'lanczos3', target: 16, max: 4 },
  // Levels: anti-aliased 5-px strokes are grey; stretch them towards black, paper stays white.
  darken: { kernel: 'lanczos3', target: 20, max: 4, post: (s) => s.linear(1.6, -0.6 * 255) },
  darken2: { kernel: 'lanczos3', target: 20, max: 4, post: (s) => s.linear(1.3, -0.3 * 255) },
  normalise: { kernel: 'lanczos3', target: 20, max: 4, post: (s) => s.normalise() },
  reread: { kernel: 'lanczos3', target: 20, max: 4, reread: true },
  gamma: { kernel: 'lanczos3', target: 20, max: 4, post: (s) => s.gamma(3, 1) },
};
const names = (process.argv[2] ?? Object.keys(VARIANTS).join(',')).split(',');
const dir = await mkdtemp(path.join(os.tmpdir(), 'small-text-'));
try {
  const pages: { name: string; ref: string; file: string; glyph: number; width: number; height: number }[] =
    [];
  for (const [set, lines, pts] of [
    ['a', LINES, [6, 7, 8, 10]],
    ['b', LINES_B, [6, 7, 8]],
  ] as const)
    for (const pt of pts) {
      const file = path.join(dir, `ko-${set}-${pt}.png`);
      await writeFile(
        file,
        await renderTextPage({
          lines: [...lines],
          lang: 'ko',
          dpi: 72,
          fontSize: pt,
          width: 560,
          height: 200,
          margin: 20,
        }),
      );
      const a = await analysePage(file);
      pages.push({
        name: `${set} ${pt}pt`,
        ref: lines.join('\n'),
        file,
        glyph: a.glyphHeight ?? 0,
        width: a.width,
        height: a.height,
      });
    }
  console.log(`| variant | ${pages.map((p) => `${p.name} (glyph ${p.glyph})`).join(' | ')} | mean |`);
  for (const name of names) {
    const v = VARIANTS[name];
    const cers: number[] = [];
    for (const [i, p] of pages.entries()) {
      const scale = v.target === 0 ? 1 : Math.min(v.max, v.target / p.glyph);
      let s = sharp(p.file)
        .grayscale()
        .resize(Math.round(p.width * scale), Math.round(p.height * scale), { fit: 'fill', kernel: v.kernel });
      if (v.post) s = v.post(s);
      const file = path.join(dir, `up-${i}-${name}.png`);
      if (v.binarise) {
        const { data, info } = await s.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
        const t = otsuThreshold(new Uint8Array(data));
        for (let k = 0; k < data.length; k++) data[k] = data[k] <= t ? 0 : 255;
        await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
          .png()
          .toFile(file);
      } else await s.png().toFile(file);
      const lines = await (v.reread ? recogniseSmallText : recognisePage)(
        { path: file, width: 0, height: 0 },
        {
          tesseractPath: 'tesseract',
          langs: ['kor', 'eng'],
          workDir: dir,
          pageIndex: i,
          signal: new AbortController().signal,
        },
      );
      cers.push(bagOfCharsCer(p.ref, lines.map((l) => l.runs.map((r) => r.text).join(' ')).join('\n')));
    }
    const mean = cers.reduce((a, c) => a + c, 0) / cers.length;
    console.log(`| ${name} | ${cers.map((c) => c.toFixed(3)).join(' | ')} | ${mean.toFixed(3)} |`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
