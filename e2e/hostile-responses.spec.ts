import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { openApp, clickWorld } from './support/app.ts';
import { centroid, clickableWords, fixtureNames, pageSizeFor, readFixture } from './support/fixtures.ts';
import type { Response } from './support/fixtures.ts';
import { mutate, mutation, withNaNToken } from './support/mutate.ts';
import type { Mutation } from './support/mutate.ts';
import { buildDocument, documentStats } from '../src/model/index.ts';

/**
 * Issue #7, viewer side: mutated and hostile responses never throw in the page, what is valid is
 * still shown, and text from a response is only ever rendered as text.
 */

const json = (name: string, body: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(body),
});

/** Console errors that mean something escaped: uncaught exceptions and React's error-boundary reports. */
function watchConsole(page: Page): string[] {
  const bad: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Uncaught|The above error occurred|Maximum update depth/.test(m.text()))
      bad.push(m.text());
  });
  return bad;
}

const wordsOf = (raw: unknown) => documentStats(buildDocument(raw)).words;

const fixtures = fixtureNames().map((n) => readFixture(n).json);

interface Case {
  fixture: number;
  muts: Mutation[];
  nanToken: boolean;
}

test('mutated real responses open without page errors and show every valid field', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors = watchConsole(page);
  const cases = fc.sample(
    fc.record({
      fixture: fc.nat({ max: fixtures.length - 1 }),
      muts: fc.array(mutation, { minLength: 1, maxLength: 8 }),
      // One case in six is written with a bare NaN, which is not JSON.
      nanToken: fc.nat({ max: 5 }).map((n) => n === 0),
    }),
    { numRuns: 25, seed: 0x15 },
  ) as unknown as Case[];

  await openApp(page);
  const toolbar = page.locator('header.toolbar');
  const stats = page.getByTestId('doc-stats');
  let shownWords = 0;
  let withWords = 0;
  let refused = 0;
  for (const [i, c] of cases.entries()) {
    const name = `mutant-${i}.json`;
    const text = JSON.stringify(mutate(fixtures[c.fixture], c.muts));
    const nan = c.nanToken ? withNaNToken(text) : undefined;
    await page.getByTestId('file-input').setInputFiles([json(name, nan ?? text)]);
    if (nan) {
      // Refused with a message; what was open stays open.
      await expect(page.getByTestId('error-banner')).toContainText(`${name} is not valid JSON`);
      await expect(stats).toHaveAttribute('data-words', String(shownWords));
      refused++;
    } else {
      await expect(page.getByTestId('file-name')).toHaveText(name);
      shownWords = wordsOf(JSON.parse(text));
      await expect(stats, `${name} from ${fixtureNames()[c.fixture]}`).toHaveAttribute(
        'data-words',
        String(shownWords),
      );
      if (shownWords > 0) withWords++;
      // Every panel renders the mutant; a hover over the page exercises hit testing.
      for (const tab of ['text', 'tables', 'json', 'inspector']) await page.getByTestId(`tab-${tab}`).click();
      // A mutant with no readable page has no overlay to hover.
      const overlay = page.getByTestId('overlay');
      const box = (await overlay.count()) > 0 ? await overlay.boundingBox() : null;
      if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    }
    await expect(toolbar).toBeVisible();
    await expect(page.getByTestId('panel-error')).toHaveCount(0);
  }
  expect(consoleErrors).toEqual([]);
  // The sample is meant to mix both kinds; most mutants keep words to show.
  expect(refused).toBeGreaterThan(0);
  expect(withWords).toBeGreaterThan(cases.length / 2);
  test.info().annotations.push({
    type: 'cases',
    description: `${cases.length} cases: ${withWords} with words, ${refused} refused as not JSON`,
  });
});

/** 10^5 fields in rows of 250 on one page, a lineBreak ending each row. */
function hugeResponse(n: number): string {
  const perRow = 250;
  const fields = Array.from({ length: n }, (_, i) => {
    const x = (i % perRow) * 24;
    const y = Math.floor(i / perRow) * 20;
    return {
      valueType: 'ALL',
      boundingPoly: {
        vertices: [
          { x, y },
          { x: x + 22, y },
          { x: x + 22, y: y + 16 },
          { x, y: y + 16 },
        ],
      },
      inferText: `w${i}`,
      inferConfidence: (i % 100) / 100,
      type: 'NORMAL',
      lineBreak: i % perRow === perRow - 1,
    };
  });
  const height = Math.ceil(n / perRow) * 20;
  return JSON.stringify({
    version: 'V2',
    requestId: 'huge',
    timestamp: 0,
    images: [
      {
        uid: 'u',
        name: 'huge',
        inferResult: 'SUCCESS',
        message: 'SUCCESS',
        convertedImageInfo: { width: perRow * 24, height, pageIndex: 0, longImage: false },
        fields,
      },
    ],
  });
}

test('a response of 10^5 fields opens and counts every word', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleErrors = watchConsole(page);
  const body = hugeResponse(100_000);
  await openApp(page);
  const started = Date.now();
  await page.getByTestId('file-input').setInputFiles([json('huge.json', body)]);
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-words', '100000', { timeout: 30_000 });
  const ms = Date.now() - started;
  await expect(page.getByTestId('overlay')).toBeVisible();
  await expect(page.locator('header.toolbar')).toBeVisible();
  expect(consoleErrors).toEqual([]);
  test.info().annotations.push({
    type: 'timing',
    description: `${(body.length / 1e6).toFixed(1)} MB, 100000 words shown after ${ms} ms`,
  });
});

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:alert(1)',
  "{{constructor.constructor('window.__pwned=1')()}}",
];

test('text from a response is rendered inert everywhere it is shown', async ({ page }) => {
  const consoleErrors = watchConsole(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const fixture = 'table-kbo.v2.json';
  const base = readFixture(fixture).json;
  const hostile = structuredClone(base) as Response;
  const image = hostile.images[0];
  const size = pageSizeFor(fixture, base);
  const targets = clickableWords(image.fields!, size, HOSTILE.length);
  expect(targets).toHaveLength(HOSTILE.length);
  targets.forEach((t, k) => (image.fields![t.i].inferText = HOSTILE[k]));
  // One table cell holds hostile words too.
  const cell = image.tables![0].cells.find((c) => c.cellTextLines.length > 0)!;
  cell.cellTextLines = [{ ...cell.cellTextLines[0], cellWords: [{ ...cell.cellTextLines[0].cellWords[0] }] }];
  cell.cellTextLines[0].cellWords[0].inferText = HOSTILE[0];

  await openApp(page);
  await page.getByTestId('file-input').setInputFiles([json('hostile.json', JSON.stringify(hostile))]);
  await expect(page.getByTestId('doc-stats')).toHaveAttribute('data-words', String(image.fields!.length));

  // Hover and click each hostile word: the inspector shows its literal text.
  await page.getByTestId('tab-inspector').click();
  for (const [k, t] of targets.entries()) {
    const c = centroid(t.f.boundingPoly.vertices);
    await clickWorld(page, 0, c.x, c.y);
    await expect(page.getByTestId('inspector-text')).toHaveText(HOSTILE[k]);
  }

  await page.getByTestId('tab-text').click();
  for (const s of HOSTILE) await expect(page.getByTestId('text-panel')).toContainText(s);

  await page.getByTestId('tab-tables').click();
  const view = page.getByTestId('table-view');
  const hostileCell = view.locator('td[data-target-kind="cell"]', { hasText: HOSTILE[0] });
  await expect(hostileCell).toHaveCount(1);
  await hostileCell.click();
  await expect(page.getByTestId('table-cell-details')).toContainText(HOSTILE[0]);

  await page.getByTestId('tab-json').click();
  await page.getByTestId('json-view').getByRole('button', { name: 'Expand' }).click();
  for (const s of HOSTILE)
    await expect(page.getByTestId('json-view')).toContainText(JSON.stringify(s).slice(1, -1));

  await page.getByTestId('tab-inspector').click();
  await page.keyboard.press('Control+f');
  const input = page.getByTestId('search-input');
  await input.fill('<img');
  await expect(page.getByTestId('search-count')).toHaveAttribute('data-count', /^[1-9]\d*$/);
  await input.press('Enter');
  await expect(page.getByTestId('inspector-text')).toHaveText(HOSTILE[0]);
  await input.press('Escape');

  await page.getByTestId('tab-review').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-text').click(),
  ]);
  const exported = await readFile((await download.path())!, 'utf8');
  for (const s of HOSTILE) expect(exported).toContain(s);

  // Nothing ran, and no element was made from the text.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(
    await page.evaluate(() => [...document.scripts].some((s) => s.textContent?.includes('__pwned'))),
  ).toBe(false);
  expect(dialogs).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('mutations are JSON-safe and the NaN variant is not JSON (Node side of the generator)', () => {
  const sample = fc.sample(fc.array(mutation, { minLength: 1, maxLength: 8 }), { numRuns: 50, seed: 0x15 });
  for (const muts of sample) {
    const m = mutate(fixtures[0], muts);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  }
  const bad = withNaNToken(JSON.stringify(fixtures[0]))!;
  expect(bad).toMatch(/:NaN/);
  expect(() => JSON.parse(bad)).toThrow();
});
