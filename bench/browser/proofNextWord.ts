import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { measured, type Metric } from '../metric.ts';
import { median, percentile, round } from '../stats.ts';
import { syntheticResponse } from '../synthetic.ts';
import { blankPage } from './documents.ts';
import { startBrowserSession } from './harness.ts';
import { applyChanges, fromRun } from '../../src/model/groundTruth/index.ts';
import type { Change } from '../../src/model/groundTruth/index.ts';

const WORDS = 20_000;
const WARMUP = 3;
const STEPS = Number(process.env.PROOF_STEPS ?? 40);

/**
 * One Enter in the word editor, timed in the page: from the key press (the edit is saved, the
 * walk steps on) to the frame that shows the next word's editor, focused.
 */
function enterToNextEditor(text: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('[data-testid="word-editor"]');
  if (!input) throw new Error('no word editor open');
  const from = input.dataset.wordId;
  input.value = text;
  const t0 = performance.now();
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error('the next editor did not open within 5 s')), 5000);
    const done = () =>
      setTimeout(() => {
        clearTimeout(deadline);
        resolve(performance.now() - t0);
      }, 0);
    // `inFrame`: called from an animation frame, whose paint shows what the DOM holds now.
    const check = (inFrame: boolean) => {
      const next = document.querySelector<HTMLInputElement>('[data-testid="word-editor"]');
      if (next && next.dataset.wordId !== from && document.activeElement === next) {
        // The frame that shows it, then the task after its paint: this frame when the editor was
        // found in one (waiting for another would count a frame more), else the next.
        if (inFrame) done();
        else requestAnimationFrame(done);
      } else requestAnimationFrame(() => check(true));
    };
    check(false);
  });
}

/** Lets the deferred work of the last edit (the page's model rebuilt) finish before the next press. */
const settle = () =>
  new Promise<void>((resolve) =>
    setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 3000 }), 150),
  );

/**
 * proof.next_word_p95_ms: on one page of 20,000 words, proofreading, Enter in the word editor
 * until the next word's editor is shown. The document is stored in the Inbox as the app does for
 * any file it opens; the ground-truth routes are answered beside the page with the store's kernel
 * (the change is applied in the app at once and posted after: the relay is not on this path).
 */
export async function measureProofNextWord(
  signal: AbortSignal,
  distDir: () => Promise<string>,
): Promise<Metric[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-proof-'));
  const session = await startBrowserSession(await distDir(), signal, { STORE: 'memory' });
  try {
    const response = syntheticResponse({ pages: 1, fieldsPerPage: WORDS });
    const gt = fromRun(response);
    const json = join(dir, 'proof-20000.json');
    const png = join(dir, 'proof-20000.png');
    await writeFile(json, JSON.stringify(response));
    await writeFile(png, await blankPage());
    const page: Page = await session.openApp();
    // The ground-truth routes, answered in the page with the same kernel the store uses.
    let server = gt;
    await page.route('**/api/documents/*/groundtruth', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(server) }),
    );
    await page.route('**/api/documents/*/groundtruth/changes', (route) => {
      const body = route.request().postDataJSON() as { baseRevision: number; changes: Change[] };
      const r = applyChanges(server, body.baseRevision, body.changes, 'bench', new Date().toISOString());
      if (r.kind === 'conflict') return route.fulfill({ status: 409, body: '{}' });
      if (r.kind === 'invalid') return route.fulfill({ status: 400, body: JSON.stringify(r.errors) });
      server = r.groundTruth;
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ revision: server.revision }),
      });
    });
    // The reviewer's name from the link, as a colleague's link would give it.
    await page.goto(`${session.origin}/?reviewer=bench`);
    await page.getByTestId('empty-state').waitFor();
    await page.getByTestId('file-input').setInputFiles([png, json]);
    await page.getByTestId('overlay').waitFor();
    // Stored in the Inbox: the link names the document.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('doc'), null, {
      timeout: 60_000,
    });
    await page.getByTestId('proofread-button').click();
    await page.getByTestId('review-progress').waitFor({ timeout: 60_000 });
    await page.evaluate(settle);
    await page.keyboard.press('Enter');
    await page.getByTestId('word-editor').waitFor();
    const times: number[] = [];
    for (let i = 0; i < WARMUP + STEPS; i++) {
      signal.throwIfAborted();
      const ms = await page.evaluate(enterToNextEditor, `w${i}`);
      if (i >= WARMUP) times.push(ms);
      await page.evaluate(settle);
    }
    const reviewed = await page.getByTestId('review-progress').getAttribute('data-reviewed');
    if (Number(reviewed) < STEPS) throw new Error(`only ${reviewed} of ${STEPS} edits were saved`);
    return [
      measured('proof.next_word_p95_ms', percentile(times, 95), {
        words: WORDS,
        steps: STEPS,
        medianMs: round(median(times), 2),
        maxMs: round(Math.max(...times), 2),
      }),
    ];
  } finally {
    await session.close();
    await rm(dir, { recursive: true, force: true });
  }
}
