import { describe, expect, it } from 'vitest';
import { isCjk, mergeCjkRuns } from './cjkRuns.ts';
import type { SpacedLine } from './spacing.ts';

/** A line from [text, x0, x1, spaceBefore, conf?] with a 0..40 line box unless given. */
function line(words: [string, number, number, boolean, number?][], box = { x0: 0, y0: 0, x1: 1000, y1: 40 }) {
  return {
    box,
    words: words.map(([text, x0, x1, spaceBefore, conf]) => ({
      text,
      conf: conf ?? 90,
      spaceBefore,
      box: { x0, y0: 0, x1, y1: 40 },
    })),
  } satisfies SpacedLine;
}

describe('isCjk', () => {
  it('knows Hangul, kana, Han and CJK punctuation', () => {
    for (const ch of ['가', 'ㄱ', 'ひ', 'カ', 'ー', '漢', '。', '、', '，', '：'])
      expect(isCjk(ch)).toBe(true);
    for (const ch of ['a', '3', '.', ',', ' ', '@']) expect(isCjk(ch)).toBe(false);
  });
});

describe('mergeCjkRuns', () => {
  it('joins per-character Korean words up to the real spaces', () => {
    const r = mergeCjkRuns(
      line([
        ['회', 0, 40, true],
        ['의', 45, 85, false],
        ['실', 90, 130, false],
        ['에서', 135, 210, false],
        ['열립니다.', 240, 400, true],
      ]),
    );
    expect(r.runs.map((x) => x.text)).toEqual(['회의실에서', '열립니다.']);
    expect(r.runs[0].box).toEqual({ x0: 0, y0: 0, x1: 210, y1: 40 });
  });

  it('joins a whole Japanese line with no spaces, Latin and digits included', () => {
    const r = mergeCjkRuns(
      line([
        ['Wi-Fi', 0, 120, true],
        ['の', 125, 160, false],
        ['パス', 165, 240, false],
        ['office2024', 250, 500, false],
        ['です', 505, 580, false],
        ['。', 585, 600, false],
      ]),
    );
    expect(r.runs.map((x) => x.text)).toEqual(['Wi-Fiのパスoffice2024です。']);
  });

  it('keeps Latin words apart even without a space flag, and splits CJK at spaces', () => {
    const r = mergeCjkRuns(
      line([
        ['support', 0, 100, true],
        ['@example.com', 100, 300, false],
        ['まで', 320, 380, true],
      ]),
    );
    expect(r.runs.map((x) => x.text)).toEqual(['support', '@example.com', 'まで']);
  });

  it('scores a run with its lowest confidence', () => {
    const r = mergeCjkRuns(
      line([
        ['東', 0, 40, true, 96],
        ['京', 42, 80, false, 61.5],
        ['都', 82, 120, false, 93],
      ]),
    );
    expect(r.runs).toHaveLength(1);
    expect(r.runs[0].conf).toBe(61.5);
  });

  it('cuts run boxes to the line box and to the start of the next run', () => {
    const lineBox = { x0: 0, y0: 10, x1: 500, y1: 50 };
    const r = mergeCjkRuns({
      box: lineBox,
      words: [
        // tesseract's box for the first character spans three characters and sticks out vertically
        { text: '회', conf: 90, spaceBefore: true, box: { x0: 0, y0: 0, x1: 220, y1: 70 } },
        { text: '의는', conf: 90, spaceBefore: false, box: { x0: 60, y0: 10, x1: 140, y1: 50 } },
        { text: '3월', conf: 90, spaceBefore: true, box: { x0: 160, y0: 10, x1: 230, y1: 50 } },
      ],
    });
    expect(r.runs.map((x) => [x.text, x.box])).toEqual([
      ['회의는', { x0: 0, y0: 10, x1: 160, y1: 50 }],
      ['3월', { x0: 160, y0: 10, x1: 230, y1: 50 }],
    ]);
  });
});
