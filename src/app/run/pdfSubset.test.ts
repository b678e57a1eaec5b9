import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { pdfSubset } from './pdfSubset.ts';

describe('pdfSubset', () => {
  it('keeps exactly the chosen pages, in order', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 12; i++) doc.addPage([100 + i, 200]);
    const sub = await pdfSubset(new Blob([(await doc.save()) as Uint8Array<ArrayBuffer>]), [2, 5]);
    const back = await PDFDocument.load(await sub.arrayBuffer());
    expect(back.getPages().map((p) => p.getWidth())).toEqual([102, 103, 104, 105]);
  });
});
