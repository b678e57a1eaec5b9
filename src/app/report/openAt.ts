import { currentContext } from '../actions/context.ts';
import { useProjects } from '../projects/projectStore.ts';
import { openStoredDocument } from '../projects/openStored.ts';
import { goToWord } from '../review/goToWord.ts';
import { useUi } from '../ui/uiStore.ts';

export interface Place {
  documentId: string;
  projectId: string;
  /** The run of the report's option set, shown rather than the form's. */
  runId: string | null;
  page: number;
  /** The word (its index among the page's fields) to select, if any. */
  fieldIndex?: number;
}

const WAIT_MS = 20_000;

/** The opened document's full model, once the viewer has built it (null if it never comes). */
async function openedDocument(file: File) {
  const until = performance.now() + WAIT_MS;
  while (performance.now() < until) {
    const data = currentContext()?.data;
    if (
      data?.doc &&
      data.complete &&
      data.source?.file === file &&
      useProjects.getState().current?.file === file
    )
      return data;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

/**
 * Shows a place of the report in the viewer: the stored document with the set's run, at the page,
 * with the word selected and centred. The report stays open beneath the project view for the way
 * back.
 */
export async function openAt(place: Place): Promise<boolean> {
  useProjects.getState().hideProjects();
  const ok = await openStoredDocument(place.documentId, { projectId: place.projectId, runId: place.runId });
  const file = useProjects.getState().current?.file;
  if (!ok || !file) return false;
  const data = await openedDocument(file);
  if (!data?.doc) return false;
  const ui = useUi.getState();
  const word =
    place.fieldIndex === undefined
      ? undefined
      : data.doc.words.find((w) => w.pageIndex === place.page && w.fieldIndex === place.fieldIndex);
  if (word) goToWord(data.doc, data.pages, word.id);
  else if (place.page < data.doc.pages.length) ui.setPage(place.page);
  return true;
}
