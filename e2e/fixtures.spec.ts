import { test, expect } from './support/test.ts';
import { buildDocument } from '../src/model/index.ts';
import {
  blankPng,
  clickableWords,
  fixtureNames,
  jsonCounts,
  pageSizeFor,
  readFixture,
} from './support/fixtures.ts';
import { clickWorld, openApp, openFiles, stats } from './support/app.ts';

/**
 * Every real CLOVA response in test/fixtures, opened together with a generated blank page of its
 * size: the counts the app shows equal those computed from the JSON, and clicking a word's centroid
 * on the canvas selects that word.
 */
for (const name of fixtureNames()) {
  test(`${name}: counts match the JSON and a click selects the word under it`, async ({ page }) => {
    const { json, bytes } = readFixture(name);
    const size = pageSizeFor(name, json);
    await openApp(page);
    await openFiles(page, [
      { name, mimeType: 'application/json', buffer: bytes },
      { name: 'page.png', mimeType: 'image/png', buffer: await blankPng(size) },
    ]);

    const want = jsonCounts(json);
    // Lines without lineBreak, and paragraphs always, come from geometry: the model's own grouping is the reference.
    const model = buildDocument(json, { pageSizes: [size] });
    const got = await stats(page);
    expect(Number(got.pages)).toBe(want.pages);
    expect(Number(got.words)).toBe(want.words);
    expect(Number(got.tables)).toBe(want.tables);
    expect(Number(got.cells)).toBe(want.cells);
    expect(Number(got.meanConfidence)).toBeCloseTo(want.meanConfidence, 9);
    expect(Number(got.lines)).toBe(want.lines ?? model.lines.length);
    expect(Number(got.paragraphs)).toBe(model.paragraphs.length);
    // The counts are shown, not only carried as attributes.
    await expect(page.getByTestId('doc-stats')).toContainText(`${want.words.toLocaleString('en-US')} word`);

    const fields = json.images[0].fields ?? [];
    const targets = clickableWords(fields, size);
    expect(targets.length).toBeGreaterThan(0);
    const inspector = page.getByTestId('inspector');
    for (const { f, i, c } of targets) {
      await clickWorld(page, 0, c.x, c.y);
      await expect(inspector).toHaveAttribute('data-kind', 'word');
      await expect(page.getByTestId('inspector-text')).toHaveText(f.inferText);
      // The selected word is the field itself (same index), not another one with the same text.
      await expect(inspector.getByText(`#${i}`, { exact: true })).toBeVisible();
    }
  });
}
