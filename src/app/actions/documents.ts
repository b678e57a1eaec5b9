import { useProjects } from '../projects/projectStore.ts';
import { useReportUi } from '../report/reportStore.ts';
import { useProof } from '../groundTruth/proofStore.ts';
import type { Action, Surface } from './types.ts';

// Stored documents' code loads when first used, off the viewer's first load.
const step = (by: 1 | -1) => void import('../projects/navigate.ts').then((m) => m.openNeighbour(by));

/** A stored document of a project is on screen (not the project view over it). */
const inProject = () => {
  const { screen, current } = useProjects.getState();
  return !screen && !!current?.projectId;
};

export const nextDocument: Action = {
  id: 'nextDocument',
  label: 'Next document of the project',
  keys: [']', 'Alt+PageDown'],
  perform: () => step(1),
  enabled: inProject,
};

export const prevDocument: Action = {
  id: 'prevDocument',
  label: 'Previous document of the project',
  keys: ['[', 'Alt+PageUp'],
  perform: () => step(-1),
  enabled: inProject,
};

export const closeProjects: Action = {
  id: 'closeProjects',
  label: 'Back to the viewer',
  keys: ['Escape'],
  perform: () => useProjects.getState().hideProjects(),
  surface: 'projects',
};

export const DOCUMENT_ACTIONS: readonly Action[] = [prevDocument, nextDocument, closeProjects];

/** Which surface has the keyboard now. */
export function activeSurface(): Surface {
  const { screen, projectId } = useProjects.getState();
  if (screen) return projectId !== null && useReportUi.getState().open === projectId ? 'report' : 'projects';
  return useProof.getState().on ? 'proofread' : 'viewer';
}
