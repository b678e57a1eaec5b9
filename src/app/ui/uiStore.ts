import { create } from 'zustand';
import type { Lang } from '../../clova/index.ts';
import { DEFAULT_VIEW_STATE } from '../../model/files/viewState.ts';
import type { FitMode, Target, Thresholds, View, ViewerState, ViewLayers } from '../../model/index.ts';

export type { FitMode };

export type SideTab = 'inspector' | 'text' | 'tables' | 'json' | 'review' | 'score';

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

/** The view slice is the model's ViewState as the viewer holds it (model/files/viewState.ts). */
export interface UiState extends ViewerState {
  options: OptionsForm;
  tab: SideTab;
  responseSource: ResponseSource;
  /** Set when the run button is pressed; cleared when a new document opens. */
  hasRun: boolean;
  notice: string | null;
  /** The "which pages?" dialog for a PDF over the 10-page limit. */
  rangeDialogOpen: boolean;
}

export interface UiActions {
  setPage: (page: number) => void;
  setView: (view: View, fitMode?: FitMode) => void;
  setFitMode: (mode: FitMode) => void;
  toggleLayer: (layer: keyof ViewLayers) => void;
  setThresholds: (t: Thresholds) => void;
  setOpacity: (o: number) => void;
  select: (target: Target | null) => void;
  setOptions: (patch: Partial<OptionsForm>) => void;
  setTab: (tab: SideTab) => void;
  setResponseSource: (s: ResponseSource) => void;
  markRun: () => void;
  setNotice: (n: string | null) => void;
  setRangeDialogOpen: (open: boolean) => void;
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
  page: DEFAULT_VIEW_STATE.page,
  view: { scale: 1, x: 0, y: 0 },
  fitMode: 'page',
  layers: { ...DEFAULT_VIEW_STATE.layers },
  thresholds: { ...DEFAULT_VIEW_STATE.thresholds },
  opacity: DEFAULT_VIEW_STATE.opacity,
  selection: DEFAULT_VIEW_STATE.selection,
  options: DEFAULT_OPTIONS,
  tab: 'inspector',
  responseSource: 'saved',
  hasRun: false,
  notice: null,
  rangeDialogOpen: false,

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
