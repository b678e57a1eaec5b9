import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS, actionForKey } from './registry.ts';
import { activeSurface } from './documents.ts';
import { parseKey } from './keys.ts';
import type { KeyLike } from './keys.ts';
import { useProof } from '../groundTruth/proofStore.ts';
import { useProjects } from '../projects/projectStore.ts';
import { useReportUi } from '../report/reportStore.ts';

/** The key press a spec describes (Mod as Ctrl). */
const press = (spec: string): KeyLike => {
  const c = parseKey(spec);
  return {
    key: c.key,
    shiftKey: c.shift,
    altKey: c.alt,
    ctrlKey: c.command === 'Ctrl' || c.command === 'Mod',
    metaKey: c.command === 'Meta',
  };
};
const on = (spec: string, surface: 'viewer' | 'proofread' | 'report' | 'editor', inField = false) =>
  actionForKey(press(spec), inField, surface)?.id ?? null;

afterEach(() => {
  useProof.setState({ on: false });
  useReportUi.setState({ open: null, audit: null });
  useProjects.setState({ screen: false, projectId: null });
});

describe('proofreading keys beside the text layers and the report', () => {
  it('leave every viewer key to its viewer action while proofreading (the layers, the flick key)', () => {
    const proofKeys = new Set(
      ACTIONS.filter((a) => a.surface === 'proofread').flatMap((a) => a.keys.map((k) => k.toLowerCase())),
    );
    for (const a of ACTIONS.filter((x) => (x.surface ?? 'viewer') === 'viewer'))
      for (const k of a.keys) {
        expect(proofKeys.has(k.toLowerCase()), `${k} of ${a.id} is taken by proofreading`).toBe(false);
        expect(on(k, 'proofread'), `${k} while proofreading`).toBe(a.id);
      }
    expect(on('x', 'proofread')).toBe('toggleText');
    expect(on('v', 'proofread')).toBe('flickText');
    expect(on('o', 'proofread')).toBe('toggleOrder');
    expect(on('Shift+O', 'proofread')).toBe('cycleOrderUnit');
  });

  it('give proofreading its own keys, which do nothing in the viewer', () => {
    expect(on('Delete', 'proofread')).toBe('proofDelete');
    expect(on('Backspace', 'proofread')).toBe('proofDelete');
    expect(on('a', 'proofread')).toBe('proofAccept');
    expect(on('Shift+A', 'proofread')).toBe('proofAcceptPage');
    expect(on('Mod+Z', 'proofread')).toBe('proofUndo');
    for (const k of ['Delete', 'Backspace', 'a', 'Shift+A', 'i', 'm', 'b', 'Enter', 'Tab', 'Mod+Z'])
      expect(on(k, 'viewer'), k).toBeNull();
  });

  it('keep the word editor to its own keys while typing: letters, X and V go into the word', () => {
    expect(on('Enter', 'editor', true)).toBe('editorSave');
    expect(on('Alt+Enter', 'editor', true)).toBe('editorSplit');
    for (const k of ['x', 'v', 'a', 'Delete', 'Backspace']) expect(on(k, 'editor', true), k).toBeNull();
  });

  it('hand the keyboard to the report over proofreading, so E there corrects an audited word', () => {
    useProof.setState({ on: true });
    expect(activeSurface()).toBe('proofread');
    useProjects.setState({ screen: true, projectId: 'p1' });
    expect(activeSurface()).toBe('projects');
    useReportUi.setState({ open: 'p1' });
    expect(activeSurface()).toBe('report');
    expect(on('e', 'report')).toBe('auditCorrect');
    expect(on('Backspace', 'report')).toBe('auditBack');
    useProjects.setState({ screen: false });
    expect(activeSurface()).toBe('proofread');
    expect(on('e', 'proofread')).toBe('toggleProofreading');
  });
});
