import { addDocuments, fetchStoredDocument } from '../projects/api.ts';

/**
 * Keeps the response on screen as a run of the stored document (the store pairs `name.json` with
 * the stored `name.png`), so its ground truth can start from it, or follow it after a re-run:
 * the relay's OCR route stores nothing, and a run made in the viewer is otherwise only in the tab.
 * The response is sent for the document by id, under its stored name.
 */
export async function storeShownRun(
  docId: string,
  projectId: string | null,
  response: unknown,
): Promise<void> {
  const doc = await fetchStoredDocument(docId);
  const stem = (doc.name.split('/').pop() ?? doc.name).replace(/\.[^.]+$/, '');
  const json = new File([JSON.stringify(response)], `${stem}.json`, { type: 'application/json' });
  const project = doc.projectId ?? projectId;
  if (!project) throw new Error('the document belongs to no project');
  // For this document by id: the project may hold another of the same name (two "scan.pdf").
  await addDocuments(project, [json], docId);
}
