import { beforeEach, describe, expect, it } from 'vitest';
import { useUi } from './uiStore.ts';

describe('uiStore', () => {
  beforeEach(() => useUi.getState().resetForDocument('saved'));

  it('toggles layers independently', () => {
    const before = useUi.getState().layers;
    useUi.getState().toggleLayer('lines');
    expect(useUi.getState().layers).toEqual({ ...before, lines: !before.lines });
  });
  it('clamps opacity to 0..1', () => {
    useUi.getState().setOpacity(3);
    expect(useUi.getState().opacity).toBe(1);
    useUi.getState().setOpacity(-1);
    expect(useUi.getState().opacity).toBe(0);
  });
  it('a zoom by hand leaves fit mode; a new page fits again', () => {
    useUi.getState().setView({ scale: 3, x: 1, y: 2 });
    expect(useUi.getState().fitMode).toBeNull();
    useUi.getState().setPage(2);
    expect(useUi.getState().fitMode).toBe('page');
  });
  it('a new document forgets page, selection and range but keeps the options', () => {
    useUi.getState().setOptions({ version: 'V1', range: [10, 19] });
    useUi.getState().setPage(4);
    useUi.getState().select({ kind: 'word', id: 1 });
    useUi.getState().resetForDocument('run');
    const s = useUi.getState();
    expect([s.page, s.selection, s.options.range, s.options.version, s.responseSource]).toEqual([
      0,
      null,
      null,
      'V1',
      'run',
    ]);
  });
});
