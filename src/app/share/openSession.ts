import { buildDocument } from '../../model/document/document.ts';
import { parseSession } from '../../model/files/session.ts';
import { queryClient } from '../document/queryClient.ts';
import { useUi } from '../ui/uiStore.ts';
import { openFiles } from '../loaders/openFiles.ts';
import type { OpenResult } from '../loaders/openFiles.ts';
import { parseLangs } from '../run/runOptions.ts';
import { offsetPages } from '../../model/response/offsetPages.ts';
import { useReview } from '../review/reviewStore.ts';
import { applyViewState } from './useUrlView.ts';
import { useCompare } from '../compare/compareStore.ts';
import { runId, seedRuns } from '../document/runs.ts';
import { beginOpening, failOpening, replaceDocument } from '../document/openDocument.ts';
import { runOptionsOf } from './sessionRuns.ts';
import { savedOf } from './sessionFile.ts';

/**
 * Reopens a session file: the document is decoded as if dropped, its runs go into the query cache
 * under their live keys (so nothing is sent to OCR), then the shown run, the compared pair, the
 * ground truth and the view come back. Failures become the open errors, like any bad file.
 */
export async function openSession(file: File): Promise<void> {
  beginOpening();
  const fail = (why: string) => failOpening([`${file.name}: ${why}`]);
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return fail('not a JSON file');
  }
  const parsed = parseSession(json);
  if (!parsed.ok) return fail(parsed.error);
  const s = parsed.value;
  const saved = savedOf(json);
  if (!s.document && !saved) return fail('the session holds neither a document nor a response');

  let r: OpenResult = { source: null, hash: null, saved: null, errors: [], ignored: [] };
  if (s.document) {
    const bytes = s.document.bytes;
    r = await openFiles([new File([bytes.slice().buffer], s.document.name, { type: s.document.type })]);
    if (!r.source || !r.hash) return fail(r.errors.join(' ') || 'its document could not be opened');
  }
  const keys = r.hash ? s.runs.map((run) => runOptionsOf(run.options)) : [];
  if (r.hash)
    seedRuns(
      queryClient,
      r.hash,
      keys.map((options, i) => ({ options, response: s.runs[i].response })),
    );

  const active = s.activeRun !== null && keys[s.activeRun] ? s.activeRun : null;
  replaceDocument({
    source: r.source,
    hash: r.hash,
    saved,
    errors: r.errors,
    show: active === null && saved ? 'saved' : 'run',
  });
  const ui = useUi.getState();
  if (active !== null) {
    const o = keys[active];
    ui.setOptions({
      engine: o.engine,
      version: o.version,
      langs: parseLangs(o.lang),
      enableTableDetection: o.enableTableDetection,
      range: o.range,
    });
    ui.markRun();
  }
  useReview.getState().setTruth(s.groundTruth.map((t) => t ?? undefined));

  if (active !== null && s.compareRun !== null && s.compareRun !== active && keys[s.compareRun]) {
    const id = (k: number) => runId(r.hash!, keys[k]);
    useCompare.getState().setRuns(id(active), id(s.compareRun));
    useCompare.getState().setOpen(true);
  }

  const shown = active !== null ? s.runs[active] : null;
  const raw = shown ? offsetPages(shown.response, keys[active!].range?.[0] ?? 0) : saved?.json;
  if (raw !== undefined) applyViewState(s.view, buildDocument(raw, { pageSizes: r.source?.pages }));
}
