import { describe, expect, it } from 'vitest';
import { boundsContain } from '../../geometry/geometry.ts';
import { liveView } from '../liveView.ts';
import { exportTesstrain } from './tesstrain.ts';
import { hostile, korean, samples } from './samples.testutil.ts';
import { oneLine } from './types.ts';

describe('exportTesstrain', () => {
  it.each(samples())('gives one .gt.txt per line and a crop around the line (%s)', (_, gt) => {
    const { files, crops } = exportTesstrain(gt, { baseName: 'doc' });
    expect(files.map((f) => f.name.replace('.gt.txt', ''))).toEqual(
      crops.map((c) => c.name.replace('.png', '')),
    );
    const { doc } = liveView(gt);
    for (const [k, f] of files.entries()) {
      expect(f.data).toMatch(/^[^\n\t]+\n$/);
      // The line's words are those whose centres lie in the crop.
      const crop = crops[k];
      const r = crop.rect;
      const box = { minX: r.x, minY: r.y, maxX: r.x + r.width, maxY: r.y + r.height };
      const line = doc.lines.find(
        (l) => l.pageIndex === crop.page && JSON.stringify(l.poly) === JSON.stringify(crop.quad),
      );
      expect(line).toBeDefined();
      expect(f.data).toBe(`${oneLine(line!.text)}\n`);
      for (const wid of line!.wordIds) {
        const w = doc.words[wid].bounds;
        expect(boundsContain(box, { x: (w.minX + w.maxX) / 2, y: (w.minY + w.maxY) / 2 })).toBe(true);
      }
    }
  });

  it('leaves out lines with an illegible word', () => {
    const { files, crops } = exportTesstrain(korean(), { baseName: 'doc' });
    expect(files.map((f) => [f.name, f.data])).toEqual([
      ['doc_p1_l0001.gt.txt', '대한민국 서울특별시청\n'],
      ['doc_p1_l0002.gt.txt', '추가\n'],
      ['doc_p2_l0001.gt.txt', '둘째 페이지\n'],
    ]);
    expect(crops[0]).toMatchObject({
      name: 'doc_p1_l0001.png',
      page: 0,
      rect: { x: 10, y: 10, width: 170, height: 20 },
    });
  });

  it('keeps each text on one line', () => {
    const texts = exportTesstrain(hostile(), { baseName: 'doc' }).files.map((f) => f.data);
    expect(texts).toEqual(['<b>&amp;</b> a"b\'c ]]>&#x41; ctl x\n', 'lone\uFFFDs tab nl cr \uFFFE\n']);
  });
});
