import { describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { SESSION_OPTIONS, detectionSize, loadTextLineDetector, toChw } from './textLineDetector.ts';

describe('detectionSize', () => {
  it('brings the longer side to 960 and rounds both sides to multiples of 32', () => {
    expect(detectionSize(2480, 3508)).toEqual({ width: 672, height: 960 });
    expect(detectionSize(720, 960)).toEqual({ width: 736, height: 960 });
  });

  it('enlarges small images to the same size', () => {
    expect(detectionSize(233, 146)).toEqual({ width: 960, height: 608 });
  });

  it('never goes below one stride', () => {
    expect(detectionSize(10, 1000)).toEqual({ width: 32, height: 960 });
  });
});

describe('toChw', () => {
  it('normalises each channel into its own plane', () => {
    const out = toChw(Uint8Array.from([255, 0, 0, 0, 255, 0]), 2, 1);
    expect(out[0]).toBeCloseTo((1 - 0.485) / 0.229);
    expect(out[1]).toBeCloseTo((0 - 0.485) / 0.229);
    expect(out[2]).toBeCloseTo((0 - 0.456) / 0.224);
    expect(out[3]).toBeCloseTo((1 - 0.456) / 0.224);
    expect(out[4]).toBeCloseTo((0 - 0.406) / 0.225);
  });
});

describe('SESSION_OPTIONS', () => {
  it('keeps the detector on one thread (pages already run one per core)', () => {
    expect(SESSION_OPTIONS).toMatchObject({ intraOpNumThreads: 1, interOpNumThreads: 1 });
  });
});

describe('loadTextLineDetector', () => {
  it('finds the two lines of a generated page when installed, and says what is missing otherwise', async () => {
    const load = await loadTextLineDetector();
    if (!load.available) {
      expect(load.reason).toMatch(/onnxruntime-node|failed to load/);
      return;
    }
    const dir = await mkdtemp(path.join(os.tmpdir(), 'detector-'));
    try {
      const text = await sharp({
        text: {
          text: '킹마트를 찾아주셔서 감사합니다.\n합계: 10,540',
          font: 'Noto Sans CJK KR 14',
          dpi: 150,
        },
      })
        .negate({ alpha: false })
        .png()
        .toBuffer();
      const file = path.join(dir, 'page.png');
      await sharp({ create: { width: 800, height: 300, channels: 3, background: '#fff' } })
        .composite([{ input: text, left: 40, top: 60 }])
        .png()
        .toFile(file);
      const boxes = await load.detector.detect(file);
      expect(boxes.length).toBeGreaterThanOrEqual(2);
      for (const b of boxes) {
        expect(Math.min(...b.quad.map((p) => p[1]))).toBeGreaterThan(40);
        expect(Math.max(...b.quad.map((p) => p[0]))).toBeLessThan(800);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
