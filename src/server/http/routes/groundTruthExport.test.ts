import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroundTruthSchema } from '../../../model/groundTruth/index.ts';
import { findAll, parseXml, xmllint } from '../../../model/groundTruth/export/xmlTree.testutil.ts';
import { makePdf } from '../../samples/documents.ts';
import { backends } from '../../../../test/support/store/backends.ts';
import { storeApp } from '../../../../test/support/store/storeApp.ts';
import type { StoreApp } from '../../../../test/support/store/storeApp.ts';
import {
  colourOf,
  colourPage,
  PAGE_WORDS,
  pixelAt,
  responseOf,
  runBatch,
  TESSERACT_KO,
} from '../../groundTruth/gt.testutil.ts';

const PAGE = { words: PAGE_WORDS, width: 400, height: 200 };
/** The reviewed ground truth every export must carry (w5 deleted, w6 illegible). */
const LIVE = ['Hello', 'world', 'from', '서울', 'Tokyo', 'won'];
const CHANGES = [
  { op: 'edit', id: 'p0.w1', text: 'world' },
  { op: 'edit', id: 'p0.w2', text: 'from' },
  { op: 'accept', id: 'p0.w0' },
  { op: 'accept', id: 'p0.w3' },
  { op: 'accept', id: 'p0.w4' },
  { op: 'delete', id: 'p0.w5' },
];
/** Word index in PAGE_WORDS of each live word (for its box and colour). */
const SOURCE = [0, 1, 2, 3, 4, 6];

/** The centre of a region holds the colour of the word drawn there. */
async function expectColourAt(png: Uint8Array, x: number, y: number, word: number) {
  const got = await pixelAt(png, Math.floor(x), Math.floor(y));
  colourOf(word).forEach((c, i) =>
    expect(Math.abs(got[i] - c), `channel ${i} of word ${word}`).toBeLessThan(12),
  );
}

for (const backend of backends()) {
  describe.skipIf(backend.skip)(`ground-truth exports on ${backend.name}`, () => {
    let s: StoreApp;
    let project: string;
    let png: string;
    let pdf: string;
    let bare: string;
    beforeAll(async () => {
      await backend.setup();
      s = await storeApp({}, { batchWorker: false }, await backend.location());
      project = (
        await s.app.inject({ method: 'POST', url: '/api/projects', payload: { name: 'Exports 1.0' } })
      ).json().id;
      const page = await colourPage(400, 200, PAGE_WORDS);
      const docs = (
        await s.upload(project, [
          { name: 'scans/a.png', bytes: page },
          { name: 'b.pdf', bytes: await makePdf([page]) },
        ])
      ).json();
      [png, pdf] = docs.map((d: { id: string }) => d.id);
      await runBatch(s.store, project, TESSERACT_KO, () => responseOf([PAGE]));
      for (const id of [png, pdf]) {
        const res = await s.app.inject({
          method: 'POST',
          url: `/api/documents/${id}/groundtruth/changes`,
          payload: {
            baseRevision: 0,
            reviewer: 'Kim',
            changes: [...CHANGES, { op: 'illegible', id: 'p0.w6' }],
          },
        });
        // Illegible words keep their text in CLOVA/ALTO/PAGE/hOCR but train nothing.
        expect(res.statusCode, res.body).toBe(200);
      }
      bare = (await s.upload(project, [{ name: 'c.png', bytes: await colourPage(300, 100, []) }])).json()[0]
        .id;
    });
    afterAll(async () => {
      await s?.close();
      await backend.teardown();
    });

    const exp = (id: string, format: string, extra = '') =>
      s.app.inject(`/api/documents/${id}/export?format=${format}${extra}`);
    const unzip = (raw: Buffer) => unzipSync(new Uint8Array(raw));

    it('exports clova as one JSON attachment: corrected, deleted left out, review and revision kept', async () => {
      const res = await exp(png, 'clova');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/json');
      expect(res.headers['content-disposition']).toContain('filename="a.clova.json"');
      const gt = GroundTruthSchema.parse(res.json());
      expect(gt.revision).toBe(1);
      expect(gt.images[0].fields.map((f) => f.inferText)).toEqual(LIVE);
      expect(gt.images[0].fields.map((f) => f.review)).toEqual([
        'accepted',
        'corrected',
        'corrected',
        'accepted',
        'accepted',
        'illegible',
      ]);
    });

    it('exports ALTO and PAGE valid against their schemas, with every word where it is', async () => {
      const alto = await exp(png, 'alto');
      expect(alto.headers['content-type']).toContain('application/xml');
      expect(xmllint(alto.body, 'alto')).toBe('');
      const strings = findAll(parseXml(alto.body), 'String');
      expect(strings.map((n) => n.attrs.CONTENT)).toEqual(LIVE);
      strings.forEach((n, i) => {
        const w = PAGE_WORDS[SOURCE[i]];
        expect([n.attrs.HPOS, n.attrs.VPOS, n.attrs.WIDTH, n.attrs.HEIGHT].map(Number)).toEqual([
          w.x,
          w.y,
          w.w,
          w.h,
        ]);
      });
      expect(strings[1].attrs.CS).toBe('true');

      const page = await exp(pdf, 'page');
      expect(page.headers['content-disposition']).toContain('b_p1.page.xml');
      expect(xmllint(page.body, 'page')).toBe('');
      const words = findAll(parseXml(page.body), 'Word');
      expect(words.map((w) => findAll(w, 'Unicode')[0].text)).toEqual(LIVE);
      const coords = findAll(words[3], 'Coords')[0].attrs.points;
      const w3 = PAGE_WORDS[3];
      expect(coords).toBe(
        `${w3.x},${w3.y} ${w3.x + w3.w},${w3.y} ${w3.x + w3.w},${w3.y + w3.h} ${w3.x},${w3.y + w3.h}`,
      );
    });

    it('exports hOCR that parses, with every word, its bbox and confidence', async () => {
      const res = await exp(png, 'hocr');
      expect(res.headers['content-disposition']).toContain('a.hocr');
      expect(xmllint(res.body)).toBe('');
      const spans = findAll(parseXml(res.body), (n) => n.attrs.class === 'ocrx_word');
      expect(spans.map((n) => n.text)).toEqual(LIVE);
      spans.forEach((n, i) => {
        const w = PAGE_WORDS[SOURCE[i]];
        expect(n.attrs.title).toContain(`bbox ${w.x} ${w.y} ${w.x + w.w} ${w.y + w.h}`);
        expect(n.attrs.title).toMatch(/x_wconf \d+/);
      });
      expect(findAll(parseXml(res.body), (n) => n.attrs.class === 'ocr_line')).toHaveLength(3);
    });

    it.each([
      ['png', () => png],
      ['pdf', () => pdf],
    ])(
      'exports PPOCR labels with page images and PNG crops cut where each word is (%s)',
      async (kind, id) => {
        const res = await exp(id(), 'ppocr');
        expect(res.headers['content-type']).toBe('application/zip');
        const files = unzip(res.rawPayload);
        const base = kind === 'png' ? 'a' : 'b';
        const [path, json] = strFromU8(files['Label.txt']).trimEnd().split('\t');
        expect(path).toBe(`${base}_p1.png`);
        const meta = await sharp(files[path]).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual(['png', 400, 200]);
        const labels = JSON.parse(json) as { transcription: string; points: number[][] }[];
        expect(labels.map((l) => l.transcription)).toEqual([...LIVE.slice(0, 5), '###']);
        labels.forEach((l, i) => {
          const w = PAGE_WORDS[SOURCE[i]];
          expect(l.points).toEqual([
            [w.x, w.y],
            [w.x + w.w, w.y],
            [w.x + w.w, w.y + w.h],
            [w.x, w.y + w.h],
          ]);
        });
        const rec = strFromU8(files['rec_gt.txt'])
          .trimEnd()
          .split('\n')
          .map((l) => l.split('\t'));
        // The illegible word trains nothing.
        expect(rec.map(([, text]) => text)).toEqual(LIVE.slice(0, 5));
        for (const [i, [name]] of rec.entries()) {
          expect(name).toMatch(/^crop_img\/.+\.png$/);
          const crop = files[name];
          const m = await sharp(crop).metadata();
          const w = PAGE_WORDS[SOURCE[i]];
          expect([m.format, m.width, m.height]).toEqual(['png', w.w, w.h]);
          // The crop is the word's box: its colour up to the corners.
          for (const [x, y] of [
            [w.w / 2, w.h / 2],
            [2, 2],
            [w.w - 3, 2],
            [2, w.h - 3],
            [w.w - 3, w.h - 3],
          ])
            await expectColourAt(crop, x, y, SOURCE[i]);
        }
      },
    );

    it('exports tesstrain line images and texts, one per line', async () => {
      const files = unzip((await exp(pdf, 'tesstrain')).rawPayload);
      const names = Object.keys(files).sort();
      // The line with the illegible word is left out: its true text is not known.
      expect(names).toEqual(['b_p1_l0001.gt.txt', 'b_p1_l0001.png', 'b_p1_l0002.gt.txt', 'b_p1_l0002.png']);
      expect(strFromU8(files['b_p1_l0001.gt.txt'])).toBe('Hello world from\n');
      expect(strFromU8(files['b_p1_l0002.gt.txt'])).toBe('서울 Tokyo\n');
      const line1 = await sharp(files['b_p1_l0001.png']).metadata();
      expect([line1.format, line1.width, line1.height]).toEqual(['png', 200, 20]);
      // Its first word at the left, its last word at the right.
      await expectColourAt(files['b_p1_l0001.png'], 5, 10, 0);
      await expectColourAt(files['b_p1_l0001.png'], 195, 10, 2);
      await expectColourAt(files['b_p1_l0002.png'], 60, 12, 4);

      const res = await s.app.inject({
        method: 'POST',
        url: `/api/documents/${png}/groundtruth/changes`,
        payload: {
          baseRevision: 1,
          changes: [
            {
              op: 'add',
              page: 0,
              text: 'new',
              boundingPoly: {
                vertices: [
                  { x: 300, y: 170 },
                  { x: 340, y: 170 },
                  { x: 340, y: 190 },
                  { x: 300, y: 190 },
                ],
              },
            },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      const all = Object.keys(unzip((await exp(png, 'tesstrain')).rawPayload));
      expect(all.filter((n) => n.endsWith('.gt.txt'))).toHaveLength(3);
    });

    it('answers clear errors for a bad format, an unknown document and one without a run', async () => {
      for (const q of ['', 'format=', 'format=docx', 'format=alto&reviewedOnly=maybe']) {
        const res = await s.app.inject(`/api/documents/${png}/export?${q}`);
        expect(res.statusCode, q).toBe(400);
        expect(res.json().message).toMatch(
          /format must be one of clova, alto, page, hocr, ppocr, tesstrain|reviewedOnly/,
        );
      }
      expect((await exp('AAAAAAAAAAAAAAAAAAAAAA', 'alto')).statusCode).toBe(404);
      const none = await exp(bare, 'alto');
      expect(none.statusCode).toBe(409);
      expect(none.json().message).toContain('no done run');
    });

    it('exports the project as one zip, a folder per document, naming the skipped ones; without format the archive', async () => {
      const res = await s.app.inject(`/api/projects/${project}/export?format=alto`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain('Exports 1.0.alto.zip');
      const files = unzip(res.rawPayload);
      expect(Object.keys(files).sort()).toEqual(['a/a.alto.xml', 'b/b.alto.xml', 'skipped.txt']);
      expect(strFromU8(files['skipped.txt'])).toBe('c.png\tno done run\n');
      for (const name of ['a/a.alto.xml', 'b/b.alto.xml'])
        expect(xmllint(strFromU8(files[name]), 'alto')).toBe('');
      const crops = unzip((await s.app.inject(`/api/projects/${project}/export?format=ppocr`)).rawPayload);
      expect(Object.keys(crops).filter((n) => n.startsWith('b/crop_img/'))).toHaveLength(5);
      expect((await s.app.inject(`/api/projects/${project}/export?format=pdf`)).statusCode).toBe(400);
      const archive = unzip((await s.app.inject(`/api/projects/${project}/export`)).rawPayload);
      expect(archive['manifest.json']).toBeDefined();

      // reviewedOnly: training sets from reviewed words only, documents with none skipped.
      await s.upload(project, [{ name: 'd.png', bytes: await colourPage(401, 200, PAGE_WORDS) }]);
      await runBatch(s.store, project, TESSERACT_KO, () => responseOf([PAGE]));
      const lines = (q: string) =>
        s.app.inject(`/api/projects/${project}/export?format=tesstrain${q}`).then((r) => unzip(r.rawPayload));
      const every = await lines('');
      expect(Object.keys(every).filter((n) => n.startsWith('d/') && n.endsWith('.gt.txt'))).toHaveLength(3);
      const reviewed = await lines('&reviewedOnly=true');
      expect(Object.keys(reviewed).filter((n) => n.startsWith('d/'))).toEqual([]);
      expect(strFromU8(reviewed['skipped.txt'])).toContain('d.png\tnothing reviewed');
      expect(Object.keys(reviewed).filter((n) => n.startsWith('a/') && n.endsWith('.gt.txt'))).toHaveLength(
        3,
      );
    });
  });
}
