import { create } from 'zustand';
import type { Lang } from '../../clova/index.ts';
import type { View } from '../../model/index.ts';
import type { Thresholds } from '../../model/index.ts';
import type { Target } from '../../model/document/target.ts';

/** Which overlay layers are drawn (and hit-tested). */
export interface Layers {
  words: boolean;
  lines: boolean;
  paragraphs: boolean;
  tables: boolean;
}

export type SideTab = 'inspector' | 'text' | 'tables' | 'json' | 'review' | 'score';

/** How the view follows the viewport: refit on resize, or keep the user's zoom. */
export type FitMode = 'page' | 'width' | null;

/** The run options form. `range` is the 0-based inclusive page range sent for a long PDF. */
export interface OptionsForm {
  engine: string;
  version: 'V1' | 'V2';
  langs: Lang[];
  enableTableDetection: boolean;
  range: [number, number] | null;
}

/** Where the displayed response comes from: a saved JSON the user opened, or an OCR run. */
export type ResponseSource = 'saved' | 'run';

export interface UiState {
  page: number;
  view: View;
  fitMode: FitMode;
  layers: Layers;
  thresholds: Thresholds;
  opacity: number;
  selection: Target | null;
  options: OptionsForm;
  tab: SideTab;
  responseSource: ResponseSource;
  /** Set when the run button is pressed; cleared when a new document opens. */
  hasRun: boolean;
  notice: string | null;
  /** The "which pages?" dialog for a PDF over the 10-page limit. */
  rangeDialogOpen: boolean;
  /** Bumped to ask for a run from outside the run button (the range dialog). */
  runRequest: number;
}

export interface UiActions {
  setPage: (page: number) => void;
  setView: (view: View, fitMode?: FitMode) => void;
  setFitMode: (mode: FitMode) => void;
  toggleLayer: (layer: keyof Layers) => void;
  setThresholds: (t: Thresholds) => void;
  setOpacity: (o: number) => void;
  select: (target: Target | null) => void;
  setOptions: (patch: Partial<OptionsForm>) => void;
  setTab: (tab: SideTab) => void;
  setResponseSource: (s: ResponseSource) => void;
  markRun: () => void;
  setNotice: (n: string | null) => void;
  setRangeDialogOpen: (open: boolean) => void;
  requestRun: () => void;
  /** A new document or response was opened: forget the page, selection and view. */
  resetForDocument: (source: ResponseSource) => void;
}

export const DEFAULT_OPTIONS: OptionsForm = {
  engine: '',
  version: 'V2',
  langs: ['ko'],
  enableTableDetection: false,
  range: null,
};

export const useUi = create<UiState & UiActions>()((set) => ({
  page: 0,
  view: { scale: 1, x: 0, y: 0 },
  fitMode: 'page',
  layers: { words: true, lines: false, paragraphs: false, tables: true },
  thresholds: { low: 0.8, high: 0.95 },
  opacity: 0.85,
  selection: null,
  options: DEFAULT_OPTIONS,
  tab: 'inspector',
  responseSource: 'saved',
  hasRun: false,
  notice: null,
  rangeDialogOpen: false,
  runRequest: 0,

  setPage: (page) => set((s) => (s.page === page ? s : { page, fitMode: s.fitMode ?? 'page' })),
  setView: (view, fitMode = null) => set({ view, fitMode }),
  setFitMode: (fitMode) => set({ fitMode }),
  toggleLayer: (layer) => set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } })),
  setThresholds: (thresholds) => set({ thresholds }),
  setOpacity: (opacity) => set({ opacity: Math.min(1, Math.max(0, opacity)) }),
  select: (selection) => set({ selection }),
  setOptions: (patch) => set((s) => ({ options: { ...s.options, ...patch } })),
  setTab: (tab) => set({ tab }),
  setResponseSource: (responseSource) => set({ responseSource }),
  markRun: () => set({ hasRun: true, responseSource: 'run' }),
  setNotice: (notice) => set({ notice }),
  setRangeDialogOpen: (rangeDialogOpen) => set({ rangeDialogOpen }),
  requestRun: () => set((s) => ({ runRequest: s.runRequest + 1 })),
  resetForDocument: (responseSource) =>
    set((s) => ({
      page: 0,
      selection: null,
      fitMode: 'page',
      responseSource,
      hasRun: false,
      notice: null,
      rangeDialogOpen: false,
      options: { ...s.options, range: null },
    })),
}));
