import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionForKey } from './registry.ts';
import { useReportUi } from '../report/reportStore.ts';
import { useProjects } from '../projects/projectStore.ts';
import { activeSurface } from './documents.ts';
import type { KeyLike } from './keys.ts';

const key = (k: string): KeyLike => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
});
const on = (k: string, surface: 'viewer' | 'projects' | 'report') =>
  actionForKey(key(k), false, surface)?.id ?? null;

afterEach(() => {
  useReportUi.setState({ open: null, audit: null });
  useProjects.setState({ screen: false, projectId: null });
});

describe('report keys', () => {
  it('R opens the report from the project view only; Esc in the report goes back to the project', () => {
    expect(on('r', 'projects')).toBe('openReport');
    expect(on('r', 'viewer')).toBeNull();
    expect(on('Escape', 'report')).toBe('closeReport');
    expect(on('Escape', 'projects')).toBe('closeProjects');
  });

  it('the audit keys act in the report, not in the viewer (where N is the next doubtful word)', () => {
    expect(on('y', 'report')).toBe('auditRight');
    expect(on('n', 'report')).toBe('auditWrong');
    expect(on('e', 'report')).toBe('auditCorrect');
    expect(on('Backspace', 'report')).toBe('auditBack');
    expect(on('n', 'viewer')).toBe('nextDoubtful');
  });

  it('the report has the keyboard while it covers the project view', () => {
    expect(activeSurface()).toBe('viewer');
    useProjects.setState({ screen: true, projectId: 'p1' });
    expect(activeSurface()).toBe('projects');
    useReportUi.setState({ open: 'p1' });
    expect(activeSurface()).toBe('report');
    // Another project chosen: its list, not the report of the first.
    useProjects.setState({ projectId: 'p2' });
    expect(activeSurface()).toBe('projects');
  });

  it('an audit key calls the audit flow on screen, and does nothing without one', () => {
    const right = vi.fn();
    const noop = () => {};
    const action = actionForKey(key('y'), false, 'report')!;
    expect(action.enabled?.({} as never)).toBe(false);
    useReportUi.getState().setAuditKeys({ right, wrong: noop, correct: noop, back: noop });
    expect(action.enabled?.({} as never)).toBe(true);
    action.perform({} as never);
    expect(right).toHaveBeenCalledTimes(1);
  });
});
