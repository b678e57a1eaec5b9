import { describe, expect, it } from 'vitest';
import { liveView } from '../liveView.ts';
import { exportPage } from './page.ts';
import { hostile, HOSTILE, korean, rotated, samples } from './samples.testutil.ts';
import { xmlSafe } from './xml.ts';
import { findAll, parseXml, xmllint } from './xmlTree.testutil.ts';

const opts = { baseName: 'doc', now: '2026-12-07T04:00:00Z' };
const words = (xml: string) => findAll(parseXml(xml), 'Word');
const unicode = (n: Parameters<typeof findAll>[0]) => findAll(n, 'Unicode')[0].text;

describe('exportPage', () => {
  it.each(samples())('is valid PAGE 2019-07-15, one file per page (%s)', (_, gt) => {
    const { files } = exportPage(gt, opts);
    const { doc } = liveView(gt);
    expect(files.map((f) => f.name)).toEqual(doc.pages.map((_, n) => `doc_p${n + 1}.page.xml`));
    for (const f of files) expect(xmllint(f.data, 'page')).toBe('');
    const texts = files.flatMap((f) => words(f.data).map(unicode));
    expect(texts.sort()).toEqual(doc.words.map((w) => xmlSafe(w.text)).sort());
  });

  it('gives each word its polygon, text, confidence and review state', () => {
    const [first, second] = exportPage(korean(), { ...opts, imageNames: ['scan-1.png'] }).files;
    const page = findAll(parseXml(first.data), 'Page')[0];
    expect(page.attrs).toMatchObject({
      imageFilename: 'scan-1.png',
      imageWidth: '1000',
      imageHeight: '1000',
    });
    expect(findAll(parseXml(second.data), 'Page')[0].attrs.imageFilename).toBe('doc_p2.png');
    const w = words(first.data).find((x) => x.attrs.id === 'w_p0.w1')!;
    expect(w.attrs.custom).toBe('review {state:corrected;}');
    expect(findAll(w, 'Coords')[0].attrs.points).toBe('100,10 180,10 180,30 100,30');
    expect(unicode(w)).toBe('서울특별시청');
    expect(findAll(w, 'TextEquiv')[0].attrs.conf).toBe('0.6');
    expect(words(first.data).some((x) => x.attrs.id === 'w_p0.w4')).toBe(false);
  });

  it('keeps rotated quads as they are', () => {
    const gt = rotated();
    const w = words(exportPage(gt, opts).files[0].data).find((x) => x.attrs.id === 'w_p0.w0')!;
    const points = findAll(w, 'Coords')[0]
      .attrs.points.split(' ')
      .map((p) => p.split(',').map(Number));
    const given = gt.images[0].fields[0].boundingPoly.vertices.map((v) => [Math.round(v.x), Math.round(v.y)]);
    expect(points).toEqual(given);
  });

  it('writes hostile text readably', () => {
    const texts = words(exportPage(hostile(), opts).files[0].data).map(unicode);
    expect(texts).toEqual(HOSTILE.map(xmlSafe));
  });
});
