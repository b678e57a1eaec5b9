import { describe, expect, it } from 'vitest';
import { liveView } from '../liveView.ts';
import { exportAlto } from './alto.ts';
import { xmlSafe } from './xml.ts';
import { hostile, HOSTILE, japanese, korean, rotated, samples } from './samples.testutil.ts';
import { findAll, parseXml, xmllint } from './xmlTree.testutil.ts';

const alto = (gt: Parameters<typeof exportAlto>[0]) => exportAlto(gt, { baseName: 'doc' }).files[0];

describe('exportAlto', () => {
  it.each(samples())('is valid ALTO 4.4 (%s)', (_, gt) => {
    const file = alto(gt);
    expect(file.name).toBe('doc.alto.xml');
    expect(xmllint(file.data, 'alto')).toBe('');
    // Every live word is there, once, with its text.
    const strings = findAll(parseXml(file.data), 'String');
    const { doc } = liveView(gt);
    expect(strings.map((s) => s.attrs.CONTENT).sort()).toEqual(doc.words.map((w) => xmlSafe(w.text)).sort());
  });

  it('marks corrected and added words with CS, gives WC and the box, and leaves deleted words out', () => {
    const gt = korean();
    const root = parseXml(alto(gt).data);
    const byId = new Map(findAll(root, 'String').map((s) => [s.attrs.ID, s.attrs]));
    expect(byId.get('w_p0.w1')).toMatchObject({
      CONTENT: '서울특별시청',
      CS: 'true',
      HPOS: '100',
      VPOS: '10',
      WIDTH: '80',
      HEIGHT: '20',
    });
    expect(byId.get('w_p0.w0')).toMatchObject({ CONTENT: '대한민국', WC: '0.5' });
    expect(byId.get('w_p0.w0')?.CS).toBeUndefined();
    expect(byId.get('w_r1.0')).toMatchObject({ CONTENT: '추가', CS: 'true' });
    expect(byId.has('w_p0.w4')).toBe(false);
    // Two pages; the first has its three lines (the added word is a line of its own).
    const pages = findAll(root, 'Page');
    expect(pages.map((p) => p.attrs.PHYSICAL_IMG_NR)).toEqual(['1', '2']);
    expect(
      findAll(pages[0], 'TextLine').map((l) => findAll(l, 'String').map((s) => s.attrs.CONTENT)),
    ).toEqual([['대한민국', '서울특별시청'], ['영수증', '합계'], ['추가']]);
  });

  it('writes hostile text so that a parser reads it back (unwritable characters as U+FFFD)', () => {
    const contents = findAll(parseXml(alto(hostile()).data), 'String').map((s) => s.attrs.CONTENT);
    expect(contents).toEqual(HOSTILE.map(xmlSafe));
  });

  it('gives rotated words their quad as a Shape polygon, upright ones none', () => {
    const gt = rotated();
    const strings = findAll(parseXml(alto(gt).data), 'String');
    const turned = strings.find((s) => s.attrs.ID === 'w_p0.w0')!;
    const given = gt.images[0].fields[0].boundingPoly.vertices.map(
      (v) => `${Math.round(v.x)},${Math.round(v.y)}`,
    );
    expect(findAll(turned, 'Polygon')[0].attrs.POINTS).toBe(given.join(' '));
    const upright = findAll(parseXml(alto(korean()).data), 'String');
    expect(upright.every((s) => s.children.length === 0)).toBe(true);
  });

  it('keeps Japanese text, corrected and split, in its lines', () => {
    const lines = findAll(parseXml(alto(japanese()).data), 'TextLine').map((l) =>
      findAll(l, 'String').map((s) => [s.attrs.CONTENT, s.attrs.CS ?? '']),
    );
    expect(lines).toEqual([
      [
        ['東京都', ''],
        ['千代田', 'true'],
        ['区', 'true'],
      ],
      [
        ['カタカナ', 'true'],
        ['ひらがな', ''],
      ],
    ]);
  });
});
