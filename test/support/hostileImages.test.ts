import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { smallJpeg } from './images.ts';
import { sniffContainer } from '../../src/server/input/magic.ts';
import { blankG4Tiff, jpegPdfPolyglot, whitePng1Bit } from './hostileImages.ts';
import { pagesPdf } from './hostilePdfs.ts';

// These files are the bad-input suite's evidence: each must really be what its name says.
describe('hostile images', () => {
  it('whitePng1Bit is small, declares its size and decodes to white', async () => {
    const bomb = whitePng1Bit(10240, 10240);
    expect(bomb.length).toBeLessThan(30 * 1024);
    const meta = await sharp(bomb, { limitInputPixels: false }).metadata();
    expect([meta.width, meta.height]).toEqual([10240, 10240]);
    const small = await sharp(whitePng1Bit(300, 200)).stats();
    expect([small.channels[0].min, small.channels[0].max]).toEqual([255, 255]);
  });

  it('blankG4Tiff is tiny for its pixels, has its pages, and every page decodes to white', async () => {
    const bomb = blankG4Tiff(20000, 20000);
    expect(bomb.length).toBeLessThan(3 * 1024);
    const meta = await sharp(bomb, { limitInputPixels: false }).metadata();
    expect([meta.width, meta.height, meta.pages]).toEqual([20000, 20000, 1]);
    const three = blankG4Tiff(1000, 700, 3);
    expect((await sharp(three).metadata()).pages).toBe(3);
    for (const page of [0, 2]) {
      const stats = await sharp(three, { page }).stats();
      expect([stats.channels[0].min, stats.channels[0].max]).toEqual([255, 255]);
    }
  });

  it('jpegPdfPolyglot is a JPEG by its first bytes and still decodes, with a PDF header inside', async () => {
    const poly = jpegPdfPolyglot(await smallJpeg(200, 80), pagesPdf(1));
    expect(sniffContainer(poly)).toBe('jpeg');
    expect(poly.subarray(0, 1024).includes('%PDF-')).toBe(true);
    expect((await sharp(poly).metadata()).width).toBe(200);
  });
});
