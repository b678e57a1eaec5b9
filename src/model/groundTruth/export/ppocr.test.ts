import { describe, expect, it } from 'vitest';
import { fieldOf, liveView } from '../liveView.ts';
import { exportPpocr, PPOCR_ILLEGIBLE } from './ppocr.ts';
import { korean, samples } from './samples.testutil.ts';
import { oneLine } from './types.ts';

interface Label {
  transcription: string;
  points: number[][];
  difficult: boolean;
}

const labels = (data: string): [string, Label[]][] =>
  data
    .trimEnd()
    .split('\n')
    .map((line) => {
      const [path, json, ...rest] = line.split('\t');
      expect(rest).toEqual([]);
      return [path, JSON.parse(json) as Label[]];
    });

describe('exportPpocr', () => {
  it.each(samples())('writes Label.txt with every word where it is (%s)', (_, gt) => {
    const { files } = exportPpocr(gt, { baseName: 'doc' });
    expect(files.map((f) => f.name)).toEqual(['Label.txt', 'rec_gt.txt']);
    const view = liveView(gt);
    const pages = labels(files[0].data);
    expect(pages.map(([path]) => path)).toEqual(view.doc.pages.map((p) => `doc_p${p.index + 1}.png`));
    view.doc.pages.forEach((page, n) => {
      const items = pages[n][1];
      expect(items).toHaveLength(page.wordIds.length);
      page.wordIds.forEach((wid, k) => {
        const word = view.doc.words[wid];
        const { transcription, points } = items[k];
        expect(transcription).toBe(
          fieldOf(view, word).review === 'illegible' ? PPOCR_ILLEGIBLE : oneLine(word.text),
        );
        expect(points).toHaveLength(4);
        // Each point is within a pixel of the word's box (clamped at 0).
        for (const [x, y] of points) {
          expect(x).toBeGreaterThanOrEqual(Math.max(0, Math.floor(word.bounds.minX)));
          expect(x).toBeLessThanOrEqual(Math.max(0, Math.ceil(word.bounds.maxX)));
          expect(y).toBeGreaterThanOrEqual(Math.max(0, Math.floor(word.bounds.minY)));
          expect(y).toBeLessThanOrEqual(Math.max(0, Math.ceil(word.bounds.maxY)));
        }
      });
    });
  });

  it('lists recognition crops for legible words, with their rectangles', () => {
    const gt = korean();
    const { files, crops } = exportPpocr(gt, { baseName: 'doc', imageNames: ['scan.jpg'] });
    const rec = files[1].data.trimEnd().split('\n');
    expect(rec[0]).toBe('crop_img/scan_crop_0.jpg\t대한민국');
    expect(rec).toContain('crop_img/scan_crop_1.jpg\t서울특별시청');
    // The illegible word (합계) is labelled ### and gets no crop; the deleted one is nowhere.
    expect(labels(files[0].data)[0][1].map((l) => l.transcription)).toEqual([
      '대한민국',
      '서울특별시청',
      '영수증',
      PPOCR_ILLEGIBLE,
      '추가',
    ]);
    expect(rec.some((l) => l.endsWith('합계'))).toBe(false);
    expect(crops.map((c) => c.name)).toEqual(rec.map((l) => l.split('\t')[0]));
    expect(crops[1]).toMatchObject({ page: 0, rect: { x: 100, y: 10, width: 80, height: 20 } });
    const reviewed = exportPpocr(gt, { baseName: 'doc', reviewedOnly: true }).files[1].data;
    expect(reviewed).not.toContain('영수증');
  });
});
