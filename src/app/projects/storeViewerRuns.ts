import type { QueryClient } from '@tanstack/react-query';
import type { RunOptions } from '../run/runOptions.ts';
import { useDocStore } from '../document/docStore.ts';
import { useProjects } from './projectStore.ts';
import { optionsKey, toStoredOptions } from './runKey.ts';
import type { StoredDocument } from './schemas.ts';

/**
 * Whether the store runs a batch over chosen documents only (`documents` in the batch body, as its
 * OpenAPI document says). Without it, a batch covers the whole project: far too much for one run.
 */
let batchOfOne: Promise<boolean> | null = null;
export function storeTakesDocumentBatches(): Promise<boolean> {
  batchOfOne ??= import('./api.ts')
    .then(({ call }) => call('/api/openapi.json'))
    .then((r) => r.json())
    .then((spec: unknown) => JSON.stringify(openApiBatchBody(spec) ?? {}).includes('"documents"'))
    .catch(() => false);
  return batchOfOne;
}

/** The request body the OpenAPI document gives for POST /api/projects/{id}/batches. */
export function openApiBatchBody(spec: unknown): unknown {
  const paths = (spec as { paths?: Record<string, unknown> } | null)?.paths ?? {};
  const route = Object.entries(paths).find(([p]) =>
    /^\/api\/projects\/[:{][^/]+\/batches$/.test(p.replace('}', '')),
  );
  return (route?.[1] as { post?: { requestBody?: unknown } } | undefined)?.post?.requestBody;
}

/**
 * A run made in the viewer on a stored document is stored too: the store runs that one document
 * with the same options (the viewer's own result is shown meanwhile, so nothing waits on it).
 */
export function storeViewerRuns(client: QueryClient): () => void {
  const sent = new Set<string>();
  return client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || event.action.manual) return;
    const [kind, hash, options] = event.query.queryKey as [unknown, unknown, RunOptions | undefined];
    const cur = useProjects.getState().current;
    if (kind !== 'ocr' || !options || options.range || !cur?.projectId) return;
    if (hash !== useDocStore.getState().hash || useDocStore.getState().source?.file !== cur.file) return;
    const key = optionsKey(options);
    const list = client.getQueryData<StoredDocument[]>(['projects', cur.projectId, 'documents']);
    const known = list
      ?.find((d) => d.id === cur.docId)
      ?.runs.some((r) => r.key === key && r.status !== 'failed');
    if (known || sent.has(`${cur.docId}|${key}`)) return;
    sent.add(`${cur.docId}|${key}`);
    const { projectId, docId } = cur;
    void storeTakesDocumentBatches().then(async (ok) => {
      if (!ok) return;
      const [{ startBatch }, { invalidateProject }] = await Promise.all([
        import('./api.ts'),
        import('./queries.ts'),
      ]);
      await startBatch(projectId, toStoredOptions(options), [docId]).catch(() =>
        sent.delete(`${docId}|${key}`),
      );
      void invalidateProject(client, projectId);
    });
  });
}
