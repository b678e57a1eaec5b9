import { queryClient } from '../document/queryClient.ts';
import { listDocuments } from './api.ts';
import { DEFAULT_QUERY, neighbour, viewDocuments } from './listView.ts';
import { openStoredDocument } from './openStored.ts';
import { useProjects } from './projectStore.ts';
import { projectKeys } from './queries.ts';

/** The list order of a project: the project view's when it was shown, else its default (by name). */
export async function orderOf(projectId: string): Promise<string[]> {
  const o = useProjects.getState().order;
  if (o?.projectId === projectId) return o.ids;
  const docs = await queryClient.fetchQuery({
    queryKey: projectKeys.documents(projectId),
    queryFn: ({ signal }) => listDocuments(projectId, signal),
  });
  const ids = viewDocuments(docs, DEFAULT_QUERY, null).map((d) => d.id);
  useProjects.getState().setOrder(projectId, ids);
  return ids;
}

/** Opens the next (1) or previous (-1) document of the stored document's project. */
export async function openNeighbour(step: 1 | -1): Promise<void> {
  const cur = useProjects.getState().current;
  if (!cur?.projectId) return;
  const ids = await orderOf(cur.projectId).catch(() => []);
  const id = neighbour(ids, cur.docId, step);
  if (id && id !== cur.docId) await openStoredDocument(id, { projectId: cur.projectId });
}
