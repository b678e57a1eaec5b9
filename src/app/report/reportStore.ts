import { create } from 'zustand';

/** What the audit's keys do, given by the audit flow while it is on screen (the registry calls it). */
export interface AuditKeys {
  right: () => void;
  wrong: () => void;
  correct: () => void;
  back: () => void;
}

/**
 * UI state of the quality report: shown or not (over the project view), the option sets chosen
 * (in the order asked), the share of wrong words the proposed threshold must catch, the audit.
 * Kept tiny: the registry and the project view read it, the report itself loads lazily.
 */
interface ReportUi {
  /** The project whose report is shown over its project view (null: none). */
  open: string | null;
  /** Chosen option-set keys per project, in the order the report shows them. */
  keys: Record<string, string[]>;
  catchShare: number;
  /** The audit shown per project. */
  audits: Record<string, string>;
  audit: AuditKeys | null;
  openReport: (projectId: string) => void;
  closeReport: () => void;
  setKeys: (projectId: string, keys: string[]) => void;
  setCatchShare: (share: number) => void;
  setAuditId: (projectId: string, id: string | null) => void;
  setAuditKeys: (keys: AuditKeys | null) => void;
}

export const DEFAULT_CATCH_SHARE = 0.95;

export const useReportUi = create<ReportUi>()((set) => ({
  open: null,
  keys: {},
  catchShare: DEFAULT_CATCH_SHARE,
  audits: {},
  audit: null,
  openReport: (open) => set({ open }),
  closeReport: () => set({ open: null, audit: null }),
  setKeys: (projectId, keys) => set((s) => ({ keys: { ...s.keys, [projectId]: keys } })),
  setCatchShare: (catchShare) => set({ catchShare: Math.min(1, Math.max(0, catchShare)) }),
  setAuditId: (projectId, id) =>
    set((s) => {
      const audits = { ...s.audits };
      if (id) audits[projectId] = id;
      else delete audits[projectId];
      return { audits };
    }),
  setAuditKeys: (audit) => set({ audit }),
}));
