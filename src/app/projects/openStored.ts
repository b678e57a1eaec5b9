import { queryClient } from '../document/queryClient.ts';
import { useDocStore } from '../document/docStore.ts';
import { useUi } from '../ui/uiStore.ts';
import { clampRange, parseLangs, toRunOptions as formRunOptions } from '../run/runOptions.ts';
import { MAX_PDF_PAGES } from '../../clova/index.ts';
import { runKey } from '../document/runs.ts';
import { openInput } from '../document/openInput.ts';
import type { RunResult } from '../run/runOcr.ts';
import { fetchDocumentFile, fetchStoredDocument, listDocuments } from './api.ts';
import { projectKeys, runResponseQuery } from './queries.ts';
import { useProjects } from './projectStore.ts';
import { writeProjectParams } from './projectUrl.ts';
import { optionsKey, toRunOptions } from './runKey.ts';
import type { StoredDocument, StoredRun } from './schemas.ts';

/** The document's record from a list already fetched, else from the store (a shared link). */
async function recordOf(docId: string, projectId: string | null): Promise<StoredDocument | null> {
  for (const [, list] of queryClient.getQueriesData<StoredDocument[]>({ queryKey: ['projects'] })) {
    const found = Array.isArray(list) ? list.find((d) => d.id === docId) : undefined;
    if (found) return found;
  }
  if (projectId) {
    const list = await queryClient
      .fetchQuery({ queryKey: projectKeys.documents(projectId), queryFn: () => listDocuments(projectId) })
      .catch(() => null);
    const found = list?.find((d) => d.id === docId);
    if (found) return found;
  }
  return fetchStoredDocument(docId).catch(() => null);
}

/** The run to show first: the one asked for, else the current options' set, else the first done. */
function pickRun(runs: StoredRun[], wanted: string | null, formKey: string): StoredRun | undefined {
  const done = runs.filter((r) => r.status === 'done');
  return done.find((r) => r.id === wanted) ?? done.find((r) => r.key === formKey) ?? done[0];
}

/**
 * Opens a stored document in the viewer: its bytes through the ordinary loaders (as if dropped),
 * its finished runs put into the run cache under the keys a live run would use, so compare, score,
 * triage, search and export see them as they see cached runs, and nothing is sent to OCR again.
 */
export async function openStoredDocument(
  docId: string,
  opts: { projectId?: string | null; runId?: string | null } = {},
): Promise<boolean> {
  const projects = useProjects.getState();
  const docs = useDocStore;
  docs.setState({ opening: true, errors: [] });
  const record = await recordOf(docId, opts.projectId ?? null);
  const projectId = opts.projectId ?? record?.projectId ?? null;
  let file: File;
  try {
    file = await fetchDocumentFile({ id: docId, name: record?.name ?? 'document' });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    docs.setState({ opening: false, errors: [`The stored document could not be loaded: ${why}`] });
    return false;
  }
  const runs = record?.runs ?? [];
  // Fetched while the document decodes.
  const responses = new Map(
    runs
      .filter((r) => r.status === 'done')
      .map((r) => [r.id, queryClient.fetchQuery(runResponseQuery(r.id)).catch(() => undefined)]),
  );
  projects.setCurrent({ docId, projectId, file });
  await openInput([file]);
  const { source, hash } = docs.getState();
  if (source?.file !== file || !hash) {
    if (useProjects.getState().current?.file === file) projects.setCurrent(null);
    return false;
  }

  for (const r of runs) {
    const response = await responses.get(r.id);
    if (response === undefined || docs.getState().source?.file !== file) continue;
    if (r.options) {
      const result: RunResult = { response, pageOffset: 0, elapsedMs: 0 };
      const whole = toRunOptions(r.options);
      queryClient.setQueryData(runKey(hash, whole), result);
      // The viewer keys a long PDF's run by its page range: the store's run starts at page 1.
      if (source.format === 'pdf' && source.pages.length > MAX_PDF_PAGES)
        queryClient.setQueryData(
          runKey(hash, { ...whole, range: clampRange([0, MAX_PDF_PAGES - 1], source.pages.length) }),
          result,
        );
    } else if (!docs.getState().saved) {
      // An imported response has no options to key it by: it opens as a saved response does.
      docs.setState({ saved: { name: `${record?.name ?? 'document'} (imported run)`, json: response } });
    }
  }
  if (docs.getState().source?.file !== file) return false;
  const ui = useUi.getState();
  const formKey = optionsKey(formRunOptions(ui.options, null, 0));
  const shown = pickRun(runs, opts.runId ?? null, formKey);
  if (shown?.options) {
    ui.setOptions({
      engine: shown.options.engine,
      version: shown.options.version,
      langs: parseLangs(shown.options.lang),
      enableTableDetection: shown.options.enableTableDetection,
      range: null,
    });
    ui.markRun();
  } else if (docs.getState().saved) ui.setResponseSource('saved');
  writeProjectParams({ doc: docId, run: shown?.id ?? null, project: projectId });
  return true;
}
