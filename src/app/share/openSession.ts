import { buildDocument, parseSession } from '../../model/index.ts';
import { queryClient } from '../document/queryClient.ts';
import { useDocStore } from '../document/docStore.ts';
import { useUi } from '../ui/uiStore.ts';
import { openFiles } from '../loaders/openFiles.ts';
import type { OpenResult } from '../loaders/openFiles.ts';
import { parseLangs } from '../run/runOptions.ts';
import { offsetPages } from '../../model/response/offsetPages.ts';
import { useReview } from '../review/reviewStore.ts';
import { applyViewState } from './useUrlView.ts';
import { useCompare } from '../compare/compareStore.ts';
import { seedRuns } from './sessionRuns.ts';
import { runId } from '../compare/compareRuns.ts';
import { savedOf } from './sessionFile.ts';

/**
 * Reopens a session file: the document is decoded as if dropped, its runs go into the query cache
 * under their live keys (so nothing is sent to OCR), then the shown run, the compared pair, the
 * ground truth and the view come back. Failures become the open errors, like any bad file.
 */
export async function openSession(file: File): Promise<void> {
  const docs = useDocStore;
  docs.setState({ opening: true, errors: [] });
  const fail = (why: string) => docs.setState({ opening: false, errors: [`${file.name}: ${why}`] });
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
  const keys = r.hash ? seedRuns(queryClient, r.hash, s.runs) : [];

  void queryClient.cancelQueries({ queryKey: ['ocr'] });
  docs.getState().source?.destroy();
  docs.setState({ source: r.source, hash: r.hash, saved, opening: false, errors: r.errors });
  const active = s.activeRun !== null && keys[s.activeRun] ? s.activeRun : null;
  const ui = useUi.getState();
  ui.resetForDocument(active === null && saved ? 'saved' : 'run');
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
