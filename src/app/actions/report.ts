import { useProjects } from '../projects/projectStore.ts';
import { useReportUi } from '../report/reportStore.ts';
import type { AuditKeys } from '../report/reportStore.ts';
import type { Action } from './types.ts';

/** A project is chosen in the project view (the report is of a project). */
const projectChosen = () => {
  const { screen, projectId } = useProjects.getState();
  return screen && projectId !== null;
};

export const openReport: Action = {
  id: 'openReport',
  label: 'Quality report of the project',
  keys: ['R'],
  perform: () => {
    const id = useProjects.getState().projectId;
    if (id) useReportUi.getState().openReport(id);
  },
  enabled: projectChosen,
  surface: 'projects',
};

export const closeReport: Action = {
  id: 'closeReport',
  label: 'Back to the project',
  keys: ['Escape'],
  perform: () => useReportUi.getState().closeReport(),
  surface: 'report',
};

/** An audit key: does what the audit flow on screen says, and nothing when none is. */
const auditKey = (id: string, label: string, keys: string[], what: keyof AuditKeys): Action => ({
  id,
  label,
  keys,
  perform: () => useReportUi.getState().audit?.[what](),
  enabled: () => useReportUi.getState().audit !== null,
  surface: 'report',
});

export const auditRight = auditKey('auditRight', 'The word is right', ['Y', 'ArrowRight'], 'right');
export const auditWrong = auditKey('auditWrong', 'The word is wrong', ['N'], 'wrong');
export const auditCorrect = auditKey('auditCorrect', 'Correct the word (type it, Enter)', ['E'], 'correct');
export const auditBack = auditKey(
  'auditBack',
  'Back to the previous word',
  ['Backspace', 'ArrowLeft'],
  'back',
);

export const REPORT_ACTIONS: readonly Action[] = [
  openReport,
  closeReport,
  auditRight,
  auditWrong,
  auditCorrect,
  auditBack,
];
