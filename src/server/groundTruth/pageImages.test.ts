import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg, makePdf, makeTiff } from '../samples/documents.ts';
import { RelayError } from '../errors.ts';
import { cropQuadPng, PageRenderer } from './pageImages.ts';
import type { PagePixels } from './pageImages.ts';

const RED = [230, 20, 20];
const BLUE = [20, 20, 230];

/** A white page whose left half is red and right half blue (so orientation shows). */
const halves = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([
      {
        input: { create: { width: width >> 1, height, channels: 3, background: { r: 230, g: 20, b: 20 } } },
        left: 0,
        top: 0,
      },
      {
        input: { create: { width: width >> 1, height, channels: 3, background: { r: 20, g: 20, b: 230 } } },
        left: width >> 1,
        top: 0,
      },
    ])
    .png()
    .toBuffer();

function colourAt(p: { data: Buffer; width: number }, x: number, y: number, channels = 3): number[] {
  const i = (Math.floor(y) * p.width + Math.floor(x)) * channels;
  return [p.data[i], p.data[i + 1], p.data[i + 2]];
}
const near = (got: number[], want: number[]) => got.every((c, i) => Math.abs(c - want[i]) < 40);

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'gt-pages-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function render(format: string, bytes: Buffer, index = 0, size?: { width: number; height: number }) {
  const r = new PageRenderer({ format, bytes }, tmp);
  try {
    return await r.page(index, size);
  } finally {
    await r.close();
  }
}

describe('PageRenderer', () => {
  it('gives an image at its own size, or at the size the response names', async () => {
    const png = await halves(120, 60);
    const own = await render('png', png);
    expect([own.width, own.height, own.data.length]).toEqual([120, 60, 120 * 60 * 3]);
    expect(near(colourAt(own, 10, 30), RED) && near(colourAt(own, 110, 30), BLUE)).toBe(true);
    const scaled = await render('png', png, 0, { width: 240, height: 120 });
    expect([scaled.width, scaled.height]).toEqual([240, 120]);
  });

  it('applies EXIF orientation, as browsers and the engines do', async () => {
    const jpeg = await makeJpeg(await halves(120, 60), { orientation: 6 });
    expect((await sharp(jpeg).metadata()).width).toBe(60);
    const page = await render('jpg', jpeg);
    expect([page.width, page.height]).toEqual([120, 60]);
    expect(near(colourAt(page, 10, 30), RED) && near(colourAt(page, 110, 30), BLUE)).toBe(true);
  });

  it('reads a TIFF page by index and a PDF page through pdftoppm, leaving no files behind', async () => {
    const tiff = await makeTiff([
      await halves(100, 50),
      await halves(100, 50).then((b) => sharp(b).flop().toBuffer()),
    ]);
    const second = await render('tiff', tiff, 1);
    expect(near(colourAt(second, 5, 25), BLUE)).toBe(true);

    const page300 = await sharp(await halves(300, 150))
      .withMetadata({ density: 300 })
      .png()
      .toBuffer();
    const pdf = await makePdf([page300, page300]);
    // No size from the response: the relay's 200 dpi.
    const at200 = await render('pdf', pdf, 1);
    expect([at200.width, at200.height]).toEqual([200, 100]);
    const sized = await render('pdf', pdf, 0, { width: 300, height: 150 });
    expect([sized.width, sized.height]).toEqual([300, 150]);
    expect(near(colourAt(sized, 20, 75), RED) && near(colourAt(sized, 280, 75), BLUE)).toBe(true);
    expect((await readdir(tmp)).filter((n) => n.startsWith('gt-export-'))).toEqual([]);
  });

  it('answers a clear error for pages that cannot be read', async () => {
    const cases: [string, Buffer, number][] = [
      ['png', Buffer.from('not a png'), 0],
      ['pdf', Buffer.from('%PDF-1.4 broken'), 0],
      ['pdf', await makePdf([await halves(30, 30)]), 3],
    ];
    for (const [format, bytes, index] of cases) {
      const err = await render(format, bytes, index).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RelayError);
      expect((err as RelayError).status).toBe(422);
      expect((err as RelayError).message).toContain(`Page ${index + 1}`);
    }
  });
});

describe('cropQuadPng', () => {
  /** A page with one two-coloured box of w×h centred at (cx, cy), turned `deg` clockwise. */
  async function turnedBox(deg: number, w = 80, h = 24, cx = 150, cy = 100) {
    const t = (deg * Math.PI) / 180;
    const at = (x: number, y: number) => ({
      x: cx + x * Math.cos(t) - y * Math.sin(t),
      y: cy + x * Math.sin(t) + y * Math.cos(t),
    });
    const quad = [at(-w / 2, -h / 2), at(w / 2, -h / 2), at(w / 2, h / 2), at(-w / 2, h / 2)];
    const left = [at(-w / 2, -h / 2), at(0, -h / 2), at(0, h / 2), at(-w / 2, h / 2)];
    const right = [at(0, -h / 2), at(w / 2, -h / 2), at(w / 2, h / 2), at(0, h / 2)];
    const pts = (q: { x: number; y: number }[]) => q.map((p) => `${p.x},${p.y}`).join(' ');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#fff"/><polygon points="${pts(left)}" fill="rgb(230,20,20)"/><polygon points="${pts(right)}" fill="rgb(20,20,230)"/></svg>`;
    const { data, info } = await sharp(Buffer.from(svg))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const page: PagePixels = { data, width: info.width, height: info.height };
    const xs = quad.map((p) => p.x);
    const ys = quad.map((p) => p.y);
    const rect = {
      x: Math.floor(Math.min(...xs)),
      y: Math.floor(Math.min(...ys)),
      width: Math.ceil(Math.max(...xs)) - Math.floor(Math.min(...xs)),
      height: Math.ceil(Math.max(...ys)) - Math.floor(Math.min(...ys)),
    };
    return { page, rect, quad };
  }

  it.each([0, 30, -20, 90, 180, 135])('cuts text turned %d° upright, quad width × height', async (deg) => {
    const { page, rect, quad } = await turnedBox(deg);
    const png = await cropQuadPng(page, rect, quad);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(Math.abs(info.width - 80)).toBeLessThanOrEqual(1);
    expect(Math.abs(info.height - 24)).toBeLessThanOrEqual(1);
    const img = { data, width: info.width };
    for (const y of [4, 12, 19]) {
      expect(colourAt(img, 6, y, info.channels), `left at y ${y}`).toSatisfy((c: number[]) => near(c, RED));
      expect(colourAt(img, 34, y, info.channels)).toSatisfy((c: number[]) => near(c, RED));
      expect(colourAt(img, 46, y, info.channels)).toSatisfy((c: number[]) => near(c, BLUE));
      expect(colourAt(img, 73, y, info.channels), `right at y ${y}`).toSatisfy((c: number[]) =>
        near(c, BLUE),
      );
    }
  });
});
