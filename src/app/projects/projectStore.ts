import { create } from 'zustand';
import { writeProjectParams } from './projectUrl.ts';

/** The stored document shown in the viewer, when it came from (or went into) the store. */
export interface WatchedBatch {
  id: string;
  key: string;
}

export interface StoredInViewer {
  docId: string;
  projectId: string | null;
  /** The viewer's file, to notice when something else replaces it. */
  file: File;
}

/** UI state of projects: which screen, which project, the list order (for next/previous). */
interface ProjectUi {
  /** The project view covers the viewer. */
  screen: boolean;
  projectId: string | null;
  current: StoredInViewer | null;
  /** Ids of the current project's documents in the list's order (sorted and filtered). */
  order: { projectId: string; ids: string[] } | null;
  /** The batch being watched, per project, with its option-set key. */
  batches: Record<string, WatchedBatch>;
  /** A message for the project view (a failed upload, a failed open...). */
  notice: string | null;
  showProjects: (projectId?: string | null) => void;
  hideProjects: () => void;
  setProject: (projectId: string | null) => void;
  setCurrent: (c: StoredInViewer | null) => void;
  setOrder: (projectId: string, ids: string[]) => void;
  setBatch: (projectId: string, batch: WatchedBatch | null) => void;
  setNotice: (n: string | null) => void;
}

const LAST_PROJECT = 'ocr-inspector.project';
const BATCHES = 'ocr-inspector.batches';

function readStorage<T>(key: string, fallback: T): T {
  try {
    const v = localStorage.getItem(key);
    return v ? (JSON.parse(v) as T) : fallback;
  } catch {
    return fallback;
  }
}
function writeStorage(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or full storage: only a convenience is lost.
  }
}

export const useProjects = create<ProjectUi>()((set, get) => ({
  screen: false,
  projectId: readStorage<string | null>(LAST_PROJECT, null),
  current: null,
  order: null,
  batches: readStorage<Record<string, WatchedBatch>>(BATCHES, {}),
  notice: null,
  showProjects: (projectId) => {
    const id = projectId === undefined ? get().projectId : projectId;
    set({ screen: true, projectId: id });
    writeProjectParams({ list: true, project: id });
  },
  hideProjects: () => {
    set({ screen: false, notice: null });
    const c = get().current;
    writeProjectParams({ list: false, project: c?.projectId ?? null });
  },
  setProject: (projectId) => {
    set({ projectId, notice: null });
    writeStorage(LAST_PROJECT, projectId);
    if (get().screen) writeProjectParams({ project: projectId });
  },
  setCurrent: (current) => set({ current }),
  setOrder: (projectId, ids) => set({ order: { projectId, ids } }),
  setBatch: (projectId, batch) => {
    const batches = { ...get().batches };
    if (batch) batches[projectId] = batch;
    else delete batches[projectId];
    set({ batches });
    writeStorage(BATCHES, batches);
  },
  setNotice: (notice) => set({ notice }),
}));
