import { describe, expect, it } from 'vitest';
import { renderPage } from './renderPage.ts';

describe('renderPage', () => {
  it('draws rules where the spec puts them and reports words where they were drawn', async () => {
    const { gray, words } = await renderPage({
      width: 400,
      height: 200,
      fontSize: 24,
      tables: [
        {
          x: 20,
          y: 20,
          colWidths: [200],
          rowHeights: [60],
          cells: [{ row: 0, col: 0, lines: ['Hi there'] }],
        },
      ],
    });
    expect([gray.width, gray.height]).toEqual([400, 200]);
    expect(gray.data[20 * 400 + 100]).toBeLessThan(128); // top rule
    expect(gray.data[150 * 400 + 100]).toBe(255); // blank paper
    expect(words.map((w) => w.text)).toEqual(['Hi', 'there']);
    // Some ink inside the first word's box.
    const [tl, , br] = words[0].poly;
    let ink = 0;
    for (let y = Math.ceil(tl.y); y < br.y; y++)
      for (let x = Math.ceil(tl.x); x < br.x; x++) if (gray.data[y * 400 + x] < 128) ink++;
    expect(ink).toBeGreaterThan(20);
  });

  it('turns the words with the page when rotating it', async () => {
    const spec = {
      width: 400,
      height: 300,
      fontSize: 24,
      tables: [],
      texts: [{ x: 180, y: 160, text: 'mid' }],
    };
    const flat = await renderPage(spec);
    const turned = await renderPage(spec, 90);
    expect([turned.gray.width, turned.gray.height]).toEqual([300, 400]);
    // 90 degrees clockwise: (x, y) on the page goes to (height - y, x).
    const [p] = flat.words[0].poly;
    const [q] = turned.words[0].poly;
    expect(q.x).toBeCloseTo(300 - p.y, 6);
    expect(q.y).toBeCloseTo(p.x, 6);
  });
});
