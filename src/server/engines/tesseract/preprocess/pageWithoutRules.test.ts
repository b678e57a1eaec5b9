import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  renderRuledTablePage,
  RULED_TABLE_PAGES,
} from '../../../../../test/support/tables/ruledTablePages.ts';
import { renderTextPage } from '../../../../../test/support/documents.ts';
import { loadGray } from '../raster/grayPage.ts';
import { pageWithoutRules, pageWithoutRulesAndSkew } from './pageWithoutRules.ts';

const dir = mkdtempSync(join(tmpdir(), 'without-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pageWithoutRules', () => {
  it('writes a same-size grey copy without the rules of a ruled page', async () => {
    const input = join(dir, 'table.png');
    writeFileSync(input, await renderRuledTablePage(RULED_TABLE_PAGES[0], 200));
    const out = await pageWithoutRules(input, dir, undefined);
    expect(out.rulesRemoved).toBeGreaterThanOrEqual(9);
    expect(out.path).toMatch(/\.pgm$/);
    const [a, b] = await Promise.all([loadGray(input), loadGray(out.path)]);
    expect([b.width, b.height]).toEqual([a.width, a.height]);
    // The table's top-left corner (40 pt in, at 200 dpi) was ink and is paper now.
    const corner = Math.round((40 * 200) / 72) * a.width + Math.round((40 * 200) / 72);
    expect(a.data[corner]).toBeLessThan(128);
    expect(b.data[corner]).toBeGreaterThan(200);
  });

  it('hands back the page itself when it has no rules', async () => {
    const input = join(dir, 'text.png');
    writeFileSync(
      input,
      await renderTextPage({ lines: ['회의는 3월 15일 오후 2시에 열립니다.'], lang: 'ko', height: 600 }),
    );
    expect(await pageWithoutRules(input, dir, undefined)).toEqual({ path: input, rulesRemoved: 0 });
  });

  it('reads the page as it is when it cannot be decoded', async () => {
    const input = join(dir, 'broken.png');
    writeFileSync(input, 'not an image');
    expect(await pageWithoutRules(input, dir, 10)).toEqual({ path: input, rulesRemoved: 0 });
  });

  it('measures the skew of the page it searched: a turned table, and straight text', async () => {
    const turned = RULED_TABLE_PAGES.find((p) => p.rotate !== 0)!;
    const input = join(dir, 'turned.png');
    writeFileSync(input, await renderRuledTablePage(turned, 200));
    const out = await pageWithoutRulesAndSkew(input, dir, undefined);
    expect(out.rulesRemoved).toBeGreaterThan(0);
    expect(out.skewDegrees).toBeGreaterThan(turned.rotate - 0.2);
    expect(out.skewDegrees).toBeLessThan(turned.rotate + 0.2);

    const text = join(dir, 'straight.png');
    writeFileSync(
      text,
      await renderTextPage({ lines: ['회의는 3월 15일 오후 2시에 열립니다.'], lang: 'ko', height: 600 }),
    );
    expect(await pageWithoutRulesAndSkew(text, dir, undefined)).toEqual({
      path: text,
      rulesRemoved: 0,
      skewDegrees: 0,
    });
  });

  it('has no skew for a page it could not search', async () => {
    const input = join(dir, 'broken2.png');
    writeFileSync(input, 'not an image');
    expect((await pageWithoutRulesAndSkew(input, dir, 10)).skewDegrees).toBeUndefined();
  });
});
