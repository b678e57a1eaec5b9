import { queryClient } from '../document/queryClient.ts';
import { useDocStore } from '../document/docStore.ts';
import { useUi } from '../ui/uiStore.ts';
import { addDocuments, createProject, listProjects } from './api.ts';
import { RunError } from '../run/runError.ts';
import { invalidateProject, projectKeys } from './queries.ts';
import { useProjects } from './projectStore.ts';
import { writeProjectParams } from './projectUrl.ts';
import type { Project } from './schemas.ts';
import { INBOX_NAME } from './schemas.ts';

/** The Inbox project's id, created on first use. */
export async function inboxId(): Promise<string> {
  const list = await queryClient.fetchQuery({
    queryKey: projectKeys.projects,
    queryFn: ({ signal }) => listProjects(signal),
  });
  const found =
    list.find((p: Project) => p.inbox === true) ?? list.find((p: Project) => p.name === INBOX_NAME);
  if (found) return found.id;
  const made = await createProject(INBOX_NAME);
  void queryClient.invalidateQueries({ queryKey: projectKeys.projects, exact: true });
  return made.id;
}

/** Resolves once the viewer has finished opening (the hash of its document is known). */
function whenOpened(): Promise<void> {
  if (!useDocStore.getState().opening) return Promise.resolve();
  return new Promise((resolve) => {
    const off = useDocStore.subscribe((s) => {
      if (s.opening) return;
      off();
      resolve();
    });
  });
}

/**
 * A file opened without choosing a project is also kept in the Inbox, in the background: the
 * viewer shows it without waiting, and a reload loses nothing. Once stored, the viewer's
 * document is tied to its stored copy (its link names it; its runs can be stored).
 */
export async function storeInInbox(upload: File[]): Promise<void> {
  try {
    const projectId = await inboxId();
    const added = await addDocuments(projectId, upload);
    void invalidateProject(queryClient, projectId);
    await whenOpened();
    const { source, hash } = useDocStore.getState();
    const stored = added.find((a) => a.sha256 === hash);
    if (!source || !stored || !upload.includes(source.file) || useProjects.getState().current) return;
    useProjects.getState().setCurrent({ docId: stored.id, projectId, file: source.file });
    writeProjectParams({ doc: stored.id, project: projectId, run: null });
  } catch (e) {
    // A relay without a store (404) just keeps nothing; anything else is worth saying.
    if (e instanceof RunError && (e.status === 404 || e.status === 405)) return;
    const why = e instanceof Error ? e.message : String(e);
    useUi.getState().setNotice(`The document is open, but no copy could be kept in the Inbox: ${why}`);
  }
}
