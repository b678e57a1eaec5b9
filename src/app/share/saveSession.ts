import { hashKey } from '@tanstack/react-query';
import { makeSession } from '../../model/files/session.ts';
import { viewStateOf } from '../../model/files/viewState.ts';
import type { SessionFile } from '../../model/index.ts';
import { queryClient } from '../document/queryClient.ts';
import { useDocStore } from '../document/docStore.ts';
import { useUi } from '../ui/uiStore.ts';
import { toRunOptions } from '../run/runOptions.ts';
import type { RunOptions } from '../run/runOptions.ts';
import { useReview } from '../review/reviewStore.ts';
import { download } from '../lib/download.ts';
import { useCompare } from '../compare/compareStore.ts';
import { cachedRuns, runId } from '../document/runs.ts';
import { listRuns } from '../compare/compareRuns.ts';
import { pickRuns } from '../compare/pickRuns.ts';
import { SESSION_SUFFIX } from './sessionFile.ts';

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

/** `receipt.png` → `receipt.ocrsession.json`. */
export function sessionFileName(docName: string | null): string {
  const base = (docName ?? 'session').replace(/\.[^.]+$/, '') || 'session';
  return `${base}${SESSION_SUFFIX}`;
}

/**
 * Everything needed to reopen what is on screen with no OCR call: the document's bytes, every
 * finished run of it (with options), the opened response, the view, the ground truth and the pair
 * being compared. `saved` rides along as an extra field (the file schema is loose).
 */
export async function buildSession(): Promise<{ name: string; file: SessionFile & { saved: unknown } }> {
  const { source, hash, saved } = useDocStore.getState();
  const ui = useUi.getState();
  const review = useReview.getState();
  const runs = hash ? cachedRuns(queryClient, hash) : [];
  const indexOf = (o: RunOptions | null) =>
    o ? runs.findIndex((r) => hashKey([r.options]) === hashKey([o])) : -1;
  const current = toRunOptions(ui.options, source?.format ?? null, source?.pages.length ?? 0);
  // In compare mode the run on screen is A (left) and B is compared with it, as the view shows them.
  const cmp = useCompare.getState();
  const pair = cmp.open ? pickRuns(listRuns(queryClient, hash, saved), cmp.aId, cmp.bId) : null;
  const byId = (id: string | undefined) => (hash ? runs.findIndex((r) => runId(hash, r.options) === id) : -1);
  const pairA = byId(pair?.a.id);
  const pairB = byId(pair?.b.id);
  const inPair = pairA >= 0 && pairB >= 0;
  const active = inPair ? pairA : ui.responseSource === 'run' ? indexOf(current) : -1;
  const compare = inPair ? pairB : -1;
  const file = makeSession({
    document: source && {
      name: source.name,
      type: source.file.type || MIME[source.format],
      bytes: new Uint8Array(await source.file.arrayBuffer()),
    },
    runs: runs.map((r) => ({ options: r.options, response: r.result.response })),
    activeRun: active >= 0 ? active : null,
    compareRun: compare >= 0 ? compare : null,
    view: viewStateOf(ui, review.filterBelow),
    groundTruth: review.truth.map((t) => t ?? null),
  });
  return { name: sessionFileName(source?.name ?? saved?.name ?? null), file: { ...file, saved } };
}

export async function saveSession(): Promise<void> {
  const { name, file } = await buildSession();
  download(name, new Blob([JSON.stringify(file)], { type: 'application/json' }));
}
