import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { containerOf, sniffContainer } from './magic.ts';

describe('containerOf', () => {
  it('maps every request format, in any case, and nothing else', () => {
    expect(['jpg', 'JPEG', 'png', 'pdf', 'tif', 'TIFF'].map(containerOf)).toEqual([
      'jpeg',
      'jpeg',
      'png',
      'pdf',
      'tiff',
      'tiff',
    ]);
    expect(containerOf('gif')).toBeUndefined();
  });
});

describe('sniffContainer', () => {
  it('recognises real files made by sharp', async () => {
    const img = sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } });
    expect(sniffContainer(await img.clone().png().toBuffer())).toBe('png');
    expect(sniffContainer(await img.clone().jpeg().toBuffer())).toBe('jpeg');
    expect(sniffContainer(await img.clone().tiff().toBuffer())).toBe('tiff');
  });

  it('knows both TIFF byte orders and a PDF header after leading junk', () => {
    expect(sniffContainer(Buffer.from('MM\0*rest', 'latin1'))).toBe('tiff');
    expect(sniffContainer(Buffer.from('II*\0rest', 'latin1'))).toBe('tiff');
    expect(sniffContainer(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffContainer(Buffer.concat([Buffer.alloc(100, 0x20), Buffer.from('%PDF-1.4')]))).toBe('pdf');
  });

  it('refuses lookalikes', () => {
    expect(sniffContainer(Buffer.from('GIF89a'))).toBeUndefined();
    expect(sniffContainer(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined(); // truncated PNG signature
    expect(sniffContainer(Buffer.from('II+\0'))).toBeUndefined(); // BigTIFF is not supported
    expect(sniffContainer(Buffer.concat([Buffer.alloc(1100, 0x20), Buffer.from('%PDF-')]))).toBeUndefined();
    expect(sniffContainer(Buffer.alloc(0))).toBeUndefined();
  });
});
