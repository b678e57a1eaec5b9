import type { DocSource } from '../loaders/source.ts';
import { useProjects } from './projectStore.ts';
import { writeProjectParams } from './projectUrl.ts';

/**
 * Called by the document lifecycle for each new document: anything but the stored document is no
 * longer it, so next/previous stop and the link stops naming it.
 */
export function resetStoredForDocument(source: DocSource | null): void {
  const cur = useProjects.getState().current;
  if (cur && source?.file !== cur.file) {
    useProjects.getState().setCurrent(null);
    writeProjectParams({ doc: null, run: null });
  }
}
