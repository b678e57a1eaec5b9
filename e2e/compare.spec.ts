import type { Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { blankPng, pageSizeFor, readFixture } from './support/fixtures.ts';
import type { Response } from './support/fixtures.ts';
import { openApp, openFiles } from './support/app.ts';
import { buildDocument, compareDocuments, diffLookup } from '../src/model/index.ts';

/**
 * Compare mode on a real CLOVA response (opened from disk) against a mutated copy of it that the
 * "relay" answers as a second run: texts changed, words removed, one added, confidences moved.
 */
const NAME = 'table-kbo.v2.json';

function mutate(json: Response): Response {
  const copy = structuredClone(json);
  const img = copy.images[0];
  const fields = img.fields!;
  for (let i = 0; i < fields.length; i++) {
    if (i % 7 === 3) fields[i].inferText += 'X';
    else if (i % 13 === 5) fields[i].inferConfidence = Math.max(0, fields[i].inferConfidence - 0.3);
  }
  const extra = structuredClone(fields[0]);
  extra.inferText = 'EXTRA';
  extra.boundingPoly.vertices = extra.boundingPoly.vertices.map((v) => ({ x: v.x, y: v.y + 4000 }));
  img.fields = [...fields.filter((_, i) => i % 11 !== 2), extra];
  const cell = img.tables![0].cells.find((c) => c.cellTextLines.length > 0)!;
  cell.cellTextLines[0].cellWords[0].inferText += 'Z';
  return copy;
}

async function stageView(page: Page, side: 'a' | 'b') {
  const el = page.getByTestId(`compare-stage-${side}`);
  const d = await el.evaluate((e) => ({ ...(e as HTMLElement).dataset }));
  const box = (await el.boundingBox())!;
  return { scale: Number(d.scale), x: Number(d.x), y: Number(d.y), box, picked: d.picked ?? '' };
}

test('compare a saved response with a second run: counts, synced view, partner words', async ({ page }) => {
  const { json, bytes } = readFixture(NAME);
  const size = pageSizeFor(NAME, json);
  const mutated = mutate(json);
  await page.route('**/api/ocr/general', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(mutated) }),
  );
  await openApp(page);
  await openFiles(page, [
    { name: NAME, mimeType: 'application/json', buffer: bytes },
    { name: 'page.png', mimeType: 'image/png', buffer: await blankPng(size) },
  ]);
  // One run only: compare explains what it needs.
  await page.keyboard.press('c');
  await expect(page.getByTestId('compare-view')).toContainText('Compare needs two results');
  await page.keyboard.press('c');

  await page.getByTestId('run-ocr').click();
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-origin', 'run');
  await page.getByTestId('compare-toggle').click();
  const view = page.getByTestId('compare-view');
  await expect(view).toHaveAttribute('data-changed', /\d+/);
  // A = the opened response, B = the run.
  await page.getByTestId('compare-run-a').selectOption({ label: `${NAME} (opened)` });
  await expect(page.getByTestId('compare-run-b')).not.toHaveValue('saved');

  const pageSizes = [size];
  const a = buildDocument(json, { pageSizes });
  const b = buildDocument(mutated, { pageSizes });
  const want = compareDocuments(a, b);
  expect(want.counts.changed).toBeGreaterThan(5);
  expect(want.counts.missing).toBeGreaterThan(3);
  expect(want.counts.extra).toBe(1);
  await expect(view).toHaveAttribute('data-changed', String(want.counts.changed));
  await expect(view).toHaveAttribute('data-missing', String(want.counts.missing));
  await expect(view).toHaveAttribute('data-extra', String(want.counts.extra));
  await expect(view).toHaveAttribute('data-confidence', String(want.counts.confidence));
  await expect(page.getByTestId('compare-tables')).toContainText('1 cell text differs');
  await page.screenshot({ path: 'test-results/compare-view.png' });

  // Zoom on A: B follows exactly (one shared view).
  const before = await stageView(page, 'a');
  await page.mouse.move(before.box.x + before.box.width / 2, before.box.y + before.box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => (await stageView(page, 'a')).scale).toBeGreaterThan(before.scale * 1.2);
  const [za, zb] = [await stageView(page, 'a'), await stageView(page, 'b')];
  expect([zb.scale, zb.x, zb.y]).toEqual([za.scale, za.x, za.y]);
  // Drag on B pans A too.
  await page.mouse.move(zb.box.x + 200, zb.box.y + 200);
  await page.mouse.down();
  await page.mouse.move(zb.box.x + 260, zb.box.y + 240, { steps: 4 });
  await page.mouse.up();
  const [pa, pb] = [await stageView(page, 'a'), await stageView(page, 'b')];
  expect(pa.x).toBeCloseTo(za.x + 60, 0);
  expect([pb.x, pb.y]).toEqual([pa.x, pa.y]);

  // Fit again, then click a changed word in A: its partner is picked in B.
  await page.getByTestId('compare-close').click();
  await page.keyboard.press('0');
  await page.keyboard.press('c');
  const lookup = diffLookup(want);
  const pair = want.pairs.find((p) => p.kind === 'changed')!;
  const w = a.words[pair.aId];
  const cx = w.poly.reduce((s, p) => s + p.x, 0) / w.poly.length;
  const cy = w.poly.reduce((s, p) => s + p.y, 0) / w.poly.length;
  const v = await stageView(page, 'a');
  await page.mouse.click(v.box.x + v.x + cx * v.scale, v.box.y + v.y + cy * v.scale);
  await expect(page.getByTestId('compare-stage-a')).toHaveAttribute('data-picked', String(pair.aId));
  await expect(page.getByTestId('compare-stage-b')).toHaveAttribute(
    'data-picked',
    String(lookup.partnerOfA.get(pair.aId)),
  );
  await expect(page.getByTestId('compare-picked')).toHaveAttribute('data-kind', 'changed');
  await expect(page.getByTestId('compare-picked')).toContainText(`${b.words[pair.bId].text}`);
  await page.screenshot({ path: 'test-results/compare-picked.png' });
});

test('two real runs of a generated page (ko against ja) compare as compareDocuments says', async ({
  page,
}) => {
  const bodies: unknown[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/ocr/general')) bodies.push(r.json());
  });
  await openApp(page);
  await page.getByTestId('sample-ko-receipt').click();
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-origin', 'run', { timeout: 60_000 });
  await page.getByTestId('lang-ko').click();
  await page.getByTestId('lang-ja').click();
  await page.getByTestId('run-ocr').click();
  await expect.poll(() => bodies.length, { timeout: 60_000 }).toBe(2);
  const [ko, ja] = (await Promise.all(bodies)) as Response[];
  await page.keyboard.press('c');
  const pageSizes = [{ width: 620, height: 900 }];
  const want = compareDocuments(buildDocument(ko, { pageSizes }), buildDocument(ja, { pageSizes }));
  expect(want.counts.changed + want.counts.missing + want.counts.extra).toBeGreaterThan(0);
  const view = page.getByTestId('compare-view');
  await expect(view).toHaveAttribute('data-changed', String(want.counts.changed));
  await expect(view).toHaveAttribute('data-missing', String(want.counts.missing));
  await expect(view).toHaveAttribute('data-extra', String(want.counts.extra));
  await expect(view).toHaveAttribute('data-same', String(want.counts.same));
  await page.screenshot({ path: 'test-results/compare-ko-ja.png' });
});
